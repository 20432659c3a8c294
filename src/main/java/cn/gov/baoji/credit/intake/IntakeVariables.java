package cn.gov.baoji.credit.intake;

import java.util.Set;

import cn.gov.baoji.credit.engine.PersonalDataVariables;
import cn.gov.baoji.credit.engine.ProcessVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Variables of the Tasklist start form {@code registerComplaint}. They live only until
 * {@code RegisterComplaintDelegate} moves them into {@code intake_complaint}; the personal ones never reach
 * the engine's history.
 */
@Configuration(proxyBeanMethods = false)
class IntakeVariables {

    static final ProcessVariable<String> CHANNEL = string("channel");
    static final ProcessVariable<String> REPORTER_NAME = string("reporterName");
    static final ProcessVariable<String> REPORTER_PHONE = string("reporterPhone");
    static final ProcessVariable<String> REPORTER_EMAIL = string("reporterEmail");
    static final ProcessVariable<String> REPORTER_ORGANIZATION = string("reporterOrganization");
    static final ProcessVariable<String> SUBJECT_TYPE = string("subjectType");
    static final ProcessVariable<String> SUBJECT_NAME = string("subjectName");
    static final ProcessVariable<String> SUBJECT_CREDIT_CODE = string("subjectCreditCode");
    static final ProcessVariable<String> SUBJECT_ID_NUMBER = string("subjectIdNumber");
    static final ProcessVariable<String> SUBJECT_DISTRICT_CODE = string("subjectDistrictCode");
    static final ProcessVariable<String> SUBJECT_PLATFORM = string("subjectPlatform");
    static final ProcessVariable<String> SUBJECT_STORE_NAME = string("subjectStoreName");
    static final ProcessVariable<String> SUBJECT_STORE_URL = string("subjectStoreUrl");
    static final ProcessVariable<String> CATEGORY = string("category");
    static final ProcessVariable<String> DESCRIPTION = string("description");
    static final ProcessVariable<Object> OCCURRED_FROM = new ProcessVariable<>("occurredFrom", Object.class);
    static final ProcessVariable<Object> OCCURRED_TO = new ProcessVariable<>("occurredTo", Object.class);

    /** Every key of the start form, in the order of the form. */
    // the association's proposal (start form proposeDesignation), besides the complaint's fields
    static final ProcessVariable<String> PROPOSED_LIST_TYPE = string("proposedListType");
    static final ProcessVariable<Object> FAKE_TRANSACTION_COUNT = new ProcessVariable<>("fakeTransactionCount",
            Object.class);
    static final ProcessVariable<Object> AMOUNT_INVOLVED = new ProcessVariable<>("amountInvolved", Object.class);
    static final ProcessVariable<Boolean> REPEAT_OFFENCE = new ProcessVariable<>("repeatOffence", Boolean.class);
    static final ProcessVariable<Boolean> ORGANIZED_PLATFORM = new ProcessVariable<>("organizedPlatform",
            Boolean.class);

    static final Set<String> START_FORM = Set.of(CHANNEL.name(), REPORTER_NAME.name(), REPORTER_PHONE.name(),
            REPORTER_EMAIL.name(), REPORTER_ORGANIZATION.name(), SUBJECT_TYPE.name(), SUBJECT_NAME.name(),
            SUBJECT_CREDIT_CODE.name(), SUBJECT_ID_NUMBER.name(), SUBJECT_DISTRICT_CODE.name(),
            SUBJECT_PLATFORM.name(), SUBJECT_STORE_NAME.name(), SUBJECT_STORE_URL.name(), CATEGORY.name(),
            DESCRIPTION.name(), OCCURRED_FROM.name(), OCCURRED_TO.name());

    /** Never written to history: the reporter, a natural person's name and ID number, the free text. */
    static final Set<String> PERSONAL = Set.of(REPORTER_NAME.name(), REPORTER_PHONE.name(), REPORTER_EMAIL.name(),
            REPORTER_ORGANIZATION.name(), SUBJECT_NAME.name(), SUBJECT_ID_NUMBER.name(), DESCRIPTION.name());

    @Bean
    PersonalDataVariables intakePersonalData() {
        return new PersonalDataVariables(PERSONAL);
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}
