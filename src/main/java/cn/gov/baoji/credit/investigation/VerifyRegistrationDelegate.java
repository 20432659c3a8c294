package cn.gov.baoji.credit.investigation;

import java.util.Map;

import cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPort;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import cn.gov.baoji.credit.shared.CreditCode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the market regulator's registry about the subject's credit code and flags the outcome on the case.
 * A registry that cannot be reached throws: the job retries with backoff, then raises an incident.
 */
@Component
class VerifyRegistrationDelegate implements JavaDelegate {

    private final MarketRegistryPort marketRegistry;
    private final CaseFile caseFile;

    VerifyRegistrationDelegate(MarketRegistryPort marketRegistry, CaseFile caseFile) {
        this.marketRegistry = marketRegistry;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        String creditCode = CaseVariables.SUBJECT_CREDIT_CODE.from(execution);
        RegistrationCheck check = creditCode == null ? RegistrationCheck.NOT_APPLICABLE
                : RegistrationCheck.of(marketRegistry.findEnterprise(CreditCode.of(creditCode),
                        IdempotencyKeys.of(execution), caseNumber),
                        CaseVariables.SUBJECT_DISTRICT_CODE.from(execution));
        InvestigationVariables.REGISTRATION_STATUS.set(execution, check.name());
        caseFile.registrationChecked(caseNumber, check.name());
        caseFile.record(caseNumber, CaseEventKind.REGISTRATION_CHECKED, Actors.of(execution),
                "登记信息核验 / registration check: " + check, Map.of("registrationStatus", check.name()));
    }
}
