package cn.gov.baoji.credit.adapters.notification;

import java.util.Objects;

/**
 * The addressee of a notification. Phone and e-mail are optional; a recipient without either cannot be
 * notified, which is a normal situation (anonymous reports), not an error. {@link #toString()} masks
 * personal data, so a recipient may appear in a log message.
 */
public record Recipient(RecipientKind kind, String name, String phone, String email) {

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    public boolean hasContact() {
        return phone != null || email != null;
    }

    /** The phone as {@code 138****1234}, or {@code null} without one. */
    public String maskedPhone() {
        if (phone == null) {
            return null;
        }
        return phone.length() < 8 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** The e-mail as {@code a***@example.cn}, or {@code null} without one. */
    public String maskedEmail() {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    @Override
    public String toString() {
        return "Recipient[kind=" + kind + ", phone=" + maskedPhone() + ", email=" + maskedEmail() + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
