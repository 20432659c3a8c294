package cn.gov.baoji.credit.adapters;

/** What came of one call to an agency, as kept in the outbound call log. */
public enum OutboundCallOutcome {
    /** The agency accepted the message. */
    SENT,
    /** Nothing was sent: the recipient has neither phone nor e-mail. */
    NO_CONTACT,
    /** The agency knows what we asked about. */
    FOUND,
    /** The agency answered that it does not know what we asked about. */
    NOT_FOUND,
    /** No usable answer: a technical failure, the job will retry. */
    FAILED
}
