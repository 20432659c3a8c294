package cn.gov.baoji.credit.triage;

import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import cn.gov.baoji.credit.reference.Jurisdiction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Proposes the county from the subject's registered division. A subject registered outside Baoji is not
 * worked here: the case is transferred without triage. A city-level registration leaves the county to triage.
 */
@Component
class RouteToCountyDelegate implements JavaDelegate {

    private final DistrictDirectory districts;
    private final CaseFile caseFile;

    RouteToCountyDelegate(DistrictDirectory districts, CaseFile caseFile) {
        this.districts = districts;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        String division = CaseVariables.SUBJECT_DISTRICT_CODE.from(execution);
        Jurisdiction jurisdiction = districts.classify(division);
        boolean inBaoji = jurisdiction.kind() != Jurisdiction.Kind.OUTSIDE_BAOJI;
        CaseVariables.IN_JURISDICTION.set(execution, inBaoji);
        CaseVariables.COUNTY_CODE.set(execution, jurisdiction.county().map(c -> c.code()).orElse(null));
        if (inBaoji) {
            caseFile.record(caseNumber, CaseEventKind.ROUTED, "system", "属地分派 / routed: "
                    + jurisdiction.county().map(c -> c.nameZh()).orElse("市本级，待分流确定县区"),
                    Map.of("districtCode", division));
            return;
        }
        TriageVariables.CLOSING_REASON.set(execution, TriageVariables.OUT_OF_JURISDICTION);
        caseFile.moveTo(caseNumber, CaseStage.TRANSFERRED);
        caseFile.record(caseNumber, CaseEventKind.ROUTED, "system",
                "主体不在宝鸡市辖区，移送 / subject registered outside Baoji: transferred",
                Map.of("districtCode", division));
    }
}
