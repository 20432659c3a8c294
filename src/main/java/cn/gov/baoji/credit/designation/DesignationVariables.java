package cn.gov.baoji.credit.designation;

import java.util.Set;

import cn.gov.baoji.credit.engine.PersonalDataVariables;
import cn.gov.baoji.credit.engine.ProcessVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Variables of the designation: the DMN's recommendation and task {@code designateSubject}. */
@Configuration(proxyBeanMethods = false)
public class DesignationVariables {

    /** Output of decision {@code designationCriteria}. */
    public static final ProcessVariable<String> RECOMMENDED_LIST_TYPE = string("recommendedListType");
    /** {@link ListType}: the county's decision. */
    public static final ProcessVariable<String> LIST_TYPE = string("listType");
    public static final ProcessVariable<String> DESIGNATION_JUSTIFICATION = string("designationJustification");
    /** When listing: the facts and basis the prior notice and the entry state. */
    public static final ProcessVariable<String> DESIGNATION_BASIS = string("designationBasis");
    public static final ProcessVariable<String> LEGAL_REPRESENTATIVE = string("legalRepresentative");
    /** Where the subject is served the notices; personal data for a natural person, kept out of history. */
    public static final ProcessVariable<String> SERVICE_PHONE = string("servicePhone");
    public static final ProcessVariable<String> SERVICE_EMAIL = string("serviceEmail");

    static final Set<String> PERSONAL = Set.of(SERVICE_PHONE.name(), SERVICE_EMAIL.name());

    @Bean
    PersonalDataVariables designationPersonalData() {
        return new PersonalDataVariables(PERSONAL);
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}
