package cn.gov.baoji.credit.adapters;

/**
 * An agency could not give an answer: timeout, connection refused or reset, a 5xx, or an answer we do not
 * understand. This is a technical failure, never a business outcome: the Camunda job that called the
 * agency retries and finally raises an incident for an operator.
 */
public class AgencyUnavailableException extends RuntimeException {

    public AgencyUnavailableException(String message) {
        super(message);
    }

    public AgencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
