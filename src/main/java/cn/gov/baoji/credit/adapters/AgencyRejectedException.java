package cn.gov.baoji.credit.adapters;

/**
 * The agency understood the call and refused its content (a 4xx other than a conflict). Retrying the same
 * content will not help: the job raises an incident at once, for an operator to look at the content or the
 * contract.
 */
public class AgencyRejectedException extends RuntimeException {

    public AgencyRejectedException(String message) {
        super(message);
    }
}
