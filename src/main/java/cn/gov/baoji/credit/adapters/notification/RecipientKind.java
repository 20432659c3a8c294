package cn.gov.baoji.credit.adapters.notification;

/** Who a notification goes to. */
public enum RecipientKind {
    /** The person or organisation that filed the complaint. */
    REPORTER,
    /** The market entity or person the case is about. */
    SUBJECT,
    /** A working-group member unit or county working group. */
    AGENCY
}
