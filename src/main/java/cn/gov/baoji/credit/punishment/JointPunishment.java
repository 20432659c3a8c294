package cn.gov.baoji.credit.punishment;

import java.util.List;

import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.engine.DecisionTables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Decision {@code jointPunishmentMeasures} as the models and listeners use it:
 * {@code ${jointPunishment.units(execution)}} is the multi-instance collection of participating units.
 */
@Component("jointPunishment")
public class JointPunishment {

    static final String DECISION = "jointPunishmentMeasures";

    private final DecisionTables decisions;

    JointPunishment(DecisionTables decisions) {
        this.decisions = decisions;
    }

    /** The member units that take part in punishing the listed subject of this case. */
    public List<String> units(DelegateExecution execution) {
        return plan(DesignationVariables.LIST_TYPE.from(execution)).units();
    }

    JointPunishmentPlan plan(String listType) {
        return JointPunishmentPlan.from(decisions.evaluate(DECISION, java.util.Map.of("listType", listType)));
    }
}
