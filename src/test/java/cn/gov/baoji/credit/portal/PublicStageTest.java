package cn.gov.baoji.credit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baoji.credit.casefile.CaseStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicStageTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "TRIAGE, 已受理",
            "INVESTIGATION, 调查核实中", "DESIGNATION, 调查核实中",
            "DESIGNATED, 已作出处理决定", "PRIOR_NOTICE, 已作出处理决定", "STATEMENT_REVIEW, 已作出处理决定",
            "LISTED, 已作出处理决定",
            "REJECTED, 已办结", "TRANSFERRED, 已办结", "DUPLICATE, 已办结", "NOT_LISTED, 已办结"})
    void everyStageShowsAsOneOfFourPlainSteps(CaseStage stage, String label) {
        assertThat(PublicStage.of(stage).label()).isEqualTo(label);
    }
}
