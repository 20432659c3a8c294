package cn.gov.baoji.credit.engine;

import java.util.Set;

/**
 * Names of process variables that carry personal data for a moment (a Tasklist start form submits them)
 * and must never reach the engine's history tables. Each module that has such variables declares one bean.
 */
public record PersonalDataVariables(Set<String> names) {

    public PersonalDataVariables {
        names = Set.copyOf(names);
    }
}
