package cn.gov.baoji.credit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The one set of rules: annotations and cross-field rules, every problem at once, with stable codes. */
class ComplaintRulesTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    final ComplaintRules rules = new ComplaintRules(
            Clock.fixed(Instant.parse("2026-03-19T02:00:00Z"), ZoneOffset.UTC), VALIDATION.getValidator());
    final String creditCode = TestIdentifiers.creditCode(new Random(7), "610303");

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void validComplaintIsNormalisedAndItsDistrictDerived() {
        Complaint complaint = rules.check(request(new SubmitComplaintRequest.Reporter(" 王秀英 ", "13912345678", null,
                null), subject(SubjectType.ENTERPRISE, creditCode.toLowerCase(), null), "店铺长期组织刷单，虚构交易。"));

        assertThat(complaint.reporterName()).isEqualTo("王秀英");
        assertThat(complaint.subjectCreditCode()).isEqualTo(creditCode);
        assertThat(complaint.subjectDistrictCode()).isEqualTo("610303");
    }

    @Test
    void annotationAndCrossFieldProblemsAreListedTogetherWithCodes() {
        var request = new SubmitComplaintRequest(ComplaintChannel.PUBLIC, null,
                new SubmitComplaintRequest.Reporter(" ", null, null, null),
                subject(SubjectType.ENTERPRISE, "91610302MA6X00001F", null), ComplaintCategory.FRAUD, "太短",
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 1));

        assertThatThrownBy(() -> rules.check(request)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                        tuple("description", "size"),
                        tuple("reporter.name", "required"),
                        tuple("subject.creditCode", "identifier"),
                        tuple("reporter.phone", "required"),
                        tuple("occurredFrom", "future"),
                        tuple("occurredTo", "order")));
    }

    @Test
    void formatProblemsAndMissingPartsAreCodedAndDoNotBreakTheRules() {
        var request = new SubmitComplaintRequest(null, null, null,
                new SubmitComplaintRequest.Subject(null, "某人", null, null, "Weibin", null, null, "javascript:x"),
                null, null, null, null);

        assertThatThrownBy(() -> rules.check(request)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.code()).containsExactly(
                        "category:required", "channel:required", "description:required", "reporter:required",
                        "subject.districtCode:format", "subject.storeUrl:format", "subject.type:required"));
    }

    private static SubmitComplaintRequest request(SubmitComplaintRequest.Reporter reporter,
                                                  SubmitComplaintRequest.Subject subject, String description) {
        return new SubmitComplaintRequest(ComplaintChannel.PUBLIC, null, reporter, subject,
                ComplaintCategory.FAKE_TRANSACTIONS, description, null, null);
    }

    private static SubmitComplaintRequest.Subject subject(SubjectType type, String creditCode, String district) {
        return new SubmitComplaintRequest.Subject(type, "宝鸡某电子商务有限公司", creditCode, null, district, null, null,
                null);
    }
}
