package cn.gov.baoji.credit.designation;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of the designation: the DMN's recommendation and task {@code designateSubject}. */
public final class DesignationVariables {

    /** Output of decision {@code designationCriteria}. */
    public static final ProcessVariable<String> RECOMMENDED_LIST_TYPE = string("recommendedListType");
    /** {@link ListType}: the county's decision. */
    public static final ProcessVariable<String> LIST_TYPE = string("listType");
    public static final ProcessVariable<String> DESIGNATION_JUSTIFICATION = string("designationJustification");

    private DesignationVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}
