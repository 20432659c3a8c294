package cn.gov.baoji.credit.adapters;

/**
 * The agency understood the call and refused its content (a 4xx other than 408, 409 and 429). Retrying the same
 * content rarely helps; the job still retries like any failure (a refusal can come from a wrong configuration
 * that an operator fixes meanwhile) and then raises an incident whose message names the refusal.
 */
public class AgencyRejectedException extends RuntimeException {

    public AgencyRejectedException(String message) {
        super(message);
    }
}
