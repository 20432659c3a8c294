package cn.gov.baoji.credit.investigation;

import java.util.Date;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of the investigation: the registry check, the deadline, and task {@code investigateSubject}. */
public final class InvestigationVariables {

    /** {@link RegistrationCheck} outcome, shown to the investigator. */
    public static final ProcessVariable<String> REGISTRATION_STATUS = string("registrationStatus");
    public static final ProcessVariable<Date> INVESTIGATION_DUE_AT = date("investigationDueAt");
    public static final ProcessVariable<Date> INVESTIGATION_REMINDER_AT = date("investigationReminderAt");
    public static final ProcessVariable<Boolean> FACTS_VERIFIED = bool("factsVerified");
    public static final ProcessVariable<Long> FAKE_TRANSACTION_COUNT = new ProcessVariable<>("fakeTransactionCount",
            Long.class);
    /** Yuan. */
    public static final ProcessVariable<Double> AMOUNT_INVOLVED = new ProcessVariable<>("amountInvolved",
            Double.class);
    public static final ProcessVariable<Boolean> REPEAT_OFFENCE = bool("repeatOffence");
    public static final ProcessVariable<Boolean> ORGANIZED_PLATFORM = bool("organizedPlatform");
    public static final ProcessVariable<String> FINDINGS = string("findings");

    private InvestigationVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    private static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    private static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class);
    }
}
