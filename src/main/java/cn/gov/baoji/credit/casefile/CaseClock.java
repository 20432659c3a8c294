package cn.gov.baoji.credit.casefile;

import cn.gov.baoji.credit.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The handling clock as the models use it: {@code ${caseClock.pause(execution)}} where the case starts waiting
 * on the subject, {@code ${caseClock.resume(execution)}} where it stops waiting.
 */
@Component("caseClock")
public class CaseClock {

    private final CaseFile caseFile;

    CaseClock(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public void pause(DelegateExecution execution) {
        caseFile.pauseClock(CaseVariables.CASE_NUMBER.from(execution), Actors.of(execution));
    }

    public void resume(DelegateExecution execution) {
        caseFile.resumeClock(CaseVariables.CASE_NUMBER.from(execution), Actors.of(execution));
    }
}
