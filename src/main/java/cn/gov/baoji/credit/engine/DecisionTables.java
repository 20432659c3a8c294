package cn.gov.baoji.credit.engine;

import java.util.List;
import java.util.Map;

/** Evaluates a deployed DMN decision by key (latest version); one map of outputs per matched rule. */
public interface DecisionTables {

    List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs);
}
