package cn.gov.baoji.credit.designation;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the county's designation. A list type other than the criteria's recommendation needs a written
 * justification: the county may depart from the criteria, but not silently.
 */
@Component
class DesignationDecisionTaskListener implements TaskListener {

    private final CaseFile caseFile;

    DesignationDecisionTaskListener(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("^\\+?[0-9][0-9 -]{6,30}$");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Override
    public void notify(DelegateTask task) {
        ListType listType = TaskInputException.oneOf(ListType.class, DesignationVariables.LIST_TYPE.name(),
                DesignationVariables.LIST_TYPE.from(task));
        String recommended = DesignationVariables.RECOMMENDED_LIST_TYPE.from(task);
        String justification = DesignationVariables.DESIGNATION_JUSTIFICATION.from(task);
        boolean departs = !listType.name().equals(recommended);
        TaskInputException.require(!departs || (justification != null && !justification.isBlank()),
                DesignationVariables.DESIGNATION_JUSTIFICATION.name(),
                "认定结果与系统建议不一致，请填写认定理由 / justify a list type other than the recommendation");
        if (listType.listed()) {
            requireListingParticulars(task);
        }
        DesignationVariables.LIST_TYPE.set(task, listType.name());
        String caseNumber = CaseVariables.CASE_NUMBER.from(task);
        Map<String, Object> details = new HashMap<>();
        details.put("listType", listType.name());
        details.put("recommendedListType", recommended);
        details.put("justification", departs ? justification.strip() : null);
        caseFile.designated(caseNumber, listType.name());
        caseFile.record(caseNumber, CaseEventKind.DESIGNATION_DECIDED, Actors.of(task),
                "认定 / designation: " + listType + (departs ? "（不同于建议 " + recommended + "）" : ""), details);
    }

    /** A listing is served on the subject and rests on stated facts: both must be there before notice goes out. */
    private static void requireListingParticulars(DelegateTask task) {
        String basis = DesignationVariables.DESIGNATION_BASIS.from(task);
        TaskInputException.require(basis != null && !basis.isBlank() && basis.length() <= 2000,
                DesignationVariables.DESIGNATION_BASIS.name(),
                "列入名单须填写认定事实与依据（不超过2000字）/ state the facts and basis (at most 2000 characters)");
        String phone = blankToNull(DesignationVariables.SERVICE_PHONE.from(task));
        String email = blankToNull(DesignationVariables.SERVICE_EMAIL.from(task));
        TaskInputException.require(phone != null || email != null, DesignationVariables.SERVICE_PHONE.name(),
                "请至少填写一种送达方式（手机或电子邮箱）/ give a phone or an e-mail address for service");
        TaskInputException.require(phone == null || PHONE.matcher(phone).matches(), DesignationVariables.SERVICE_PHONE.name(),
                "手机号码格式不正确 / not a phone number");
        TaskInputException.require(email == null || EMAIL.matcher(email).matches(), DesignationVariables.SERVICE_EMAIL.name(),
                "电子邮箱格式不正确 / not an e-mail address");
        String representative = DesignationVariables.LEGAL_REPRESENTATIVE.from(task);
        TaskInputException.require(representative == null || representative.length() <= 100,
                DesignationVariables.LEGAL_REPRESENTATIVE.name(), "不超过100字 / at most 100 characters");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
