package cn.gov.baoji.credit.punishment;

import java.util.Date;
import java.util.List;

import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.security.Organisations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the way into {@code reportMeasures}, for one unit: its deadline and reminder (working days) and the text
 * of the measures it may apply, all local to the unit's instance so the units do not overwrite each other.
 */
@Component
class ScheduleMeasuresReportListener implements ExecutionListener {

    static String text(PunishmentMeasure m) {
        return m.measure() + (m.voluntary() ? "（自律措施，自愿执行）" : "") + " —— 依据：" + m.legalBasis();
    }

    private final CaseDeadlines deadlines;
    private final JointPunishment jointPunishment;

    ScheduleMeasuresReportListener(CaseDeadlines deadlines, JointPunishment jointPunishment) {
        this.deadlines = deadlines;
        this.jointPunishment = jointPunishment;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String unit = PunishmentVariables.MEMBER_UNIT.from(execution);
        Date due = deadlines.due("measures");
        execution.setVariableLocal(PunishmentVariables.MEASURES_DUE_AT.name(), due);
        execution.setVariableLocal(PunishmentVariables.MEASURES_REMINDER_AT.name(), deadlines.reminderBefore(due));
        execution.setVariableLocal(PunishmentVariables.MEMBER_UNIT_NAME.name(), Organisations.nameOf(unit));
        JointPunishmentPlan plan = jointPunishment.plan(DesignationVariables.LIST_TYPE.from(execution));
        execution.setVariableLocal(PunishmentVariables.MEASURES_OFFERED.name(), plan.describe(unit));
        List<PunishmentMeasure> measures = plan.measuresOf(unit);
        if (measures.size() > PunishmentVariables.MEASURE_SLOTS.size()) {
            throw new IllegalStateException("Member unit " + unit + " has " + measures.size()
                    + " measures; the report form offers " + PunishmentVariables.MEASURE_SLOTS.size());
        }
        for (int i = 0; i < PunishmentVariables.MEASURE_SLOTS.size(); i++) {
            execution.setVariableLocal(PunishmentVariables.MEASURE_SLOTS.get(i).name(),
                    i < measures.size() ? text(measures.get(i)) : null);
        }
    }
}
