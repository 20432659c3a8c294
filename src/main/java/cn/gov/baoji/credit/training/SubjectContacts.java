package cn.gov.baoji.credit.training;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseSummary;
import cn.gov.baoji.credit.designation.DesignationVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * Where a listed subject is invited: the address for service the county gave when it designated the subject
 * (variables of the case, read while the case is still running, i.e. at listing). Entries without a case
 * (imported targets) have none; their invitations are logged as {@code NO_CONTACT} and commerce invites them
 * by other means.
 */
@Component
class SubjectContacts {

    private final CaseFile caseFile;
    private final RuntimeService runtime;
    private final IdentityService identity;

    SubjectContacts(CaseFile caseFile, RuntimeService runtime, IdentityService identity) {
        this.caseFile = caseFile;
        this.runtime = runtime;
        this.identity = identity;
    }

    TrainingObligations.Contact of(String caseNumber) {
        if (caseNumber == null) {
            return TrainingObligations.Contact.NONE;
        }
        String processInstanceId = caseFile.find(caseNumber).map(CaseSummary::processInstanceId).orElse(null);
        if (processInstanceId == null) {
            return TrainingObligations.Contact.NONE;
        }
        Map<String, String> values = asSystem(processInstanceId);
        return new TrainingObligations.Contact(values.get(DesignationVariables.SERVICE_PHONE.name()),
                values.get(DesignationVariables.SERVICE_EMAIL.name()));
    }

    /**
     * Read as the system: whoever completed the step that listed the subject need not be allowed to read the
     * case's variables, and the training module must get the address all the same.
     */
    private Map<String, String> asSystem(String processInstanceId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Map<String, String> values = new HashMap<>();
            for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                    .variableNameIn(DesignationVariables.SERVICE_PHONE.name(), DesignationVariables.SERVICE_EMAIL.name())
                    .list()) {
                if (variable.getValue() instanceof String value) {
                    values.putIfAbsent(variable.getName(), value);
                }
            }
            return values;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
