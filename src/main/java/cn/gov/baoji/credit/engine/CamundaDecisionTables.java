package cn.gov.baoji.credit.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

@Component
class CamundaDecisionTables implements DecisionTables {

    private final DecisionService decisions;

    CamundaDecisionTables(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
        // a rule is the system's, whoever's task completion evaluates it
        return SystemActs.run(() -> decisions.evaluateDecisionTableByKey(decisionKey, inputs).getResultList().stream()
                .map(row -> Collections.unmodifiableMap(new HashMap<>(row)))
                .toList());
    }
}
