package cn.gov.baoji.credit.listing;

import java.util.Date;
import java.util.Map;

import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the subject what listing is intended, on which facts and basis, and until when it may state its case
 * (the statement window, in working days). The window is fixed here, when the notice is sent, so that the
 * notice and the timer that closes the window name the same day.
 */
@Component
class SendPriorNoticeDelegate implements JavaDelegate {

    static final String WORK_PLAN = "《宝鸡市电子商务领域严重失信专项治理工作方案》";

    private final SubjectNotices notices;
    private final CaseDeadlines deadlines;
    private final DesignatingAuthority authority;
    private final CaseFile caseFile;

    SendPriorNoticeDelegate(SubjectNotices notices, CaseDeadlines deadlines, DesignatingAuthority authority,
                            CaseFile caseFile) {
        this.notices = notices;
        this.deadlines = deadlines;
        this.authority = authority;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        ListType listType = ListType.valueOf(DesignationVariables.LIST_TYPE.from(execution));
        Date statementDue = deadlines.due("statement");
        ListingVariables.STATEMENT_DUE_AT.set(execution, statementDue);
        String lastDay = CaseDeadlines.lastDay(statementDue).toString();
        notices.send(execution, NotificationTemplate.PRIOR_NOTICE, Map.of(
                "subjectName", CaseVariables.SUBJECT_NAME.from(execution),
                "facts", DesignationVariables.DESIGNATION_BASIS.from(execution),
                "basis", WORK_PLAN,
                "listName", listType.chineseName(),
                "statementDueDate", lastDay,
                "authority", authority.of(CaseVariables.COUNTY_CODE.from(execution))));
        caseFile.moveTo(caseNumber, CaseStage.PRIOR_NOTICE);
        caseFile.record(caseNumber, CaseEventKind.PRIOR_NOTICE_SENT, Actors.of(execution),
                "已事先告知拟列入" + listType.chineseName() + "，陈述申辩期限至 " + lastDay
                        + " / prior notice served, statement window until " + lastDay,
                Map.of("listType", listType.name(), "statementDueDate", lastDay));
    }
}
