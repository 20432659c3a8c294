package cn.gov.baoji.credit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.intake.ComplaintCategory;
import cn.gov.baoji.credit.intake.ComplaintChannel;
import cn.gov.baoji.credit.intake.SubjectType;
import org.junit.jupiter.api.Test;

/** The form becomes intake's request as typed; the rules stay intake's. Messages are Chinese for every code. */
class ComplaintFormTest {

    @Test
    void blanksAreAbsentUnknownChoicesMissingAndOutsideBaojiHasNoCode() {
        var form = new ComplaintForm(" 王秀英 ", "", "  ", null, "ROBOT", "某公司", "", "", "OTHER", "", "", "",
                "FAKE_REVIEWS", "刷单刷单刷单刷单刷单", "2026-01-02", "", "", null);

        var request = form.toRequest();

        assertThat(request.channel()).isEqualTo(ComplaintChannel.PUBLIC);
        assertThat(request.reporter().name()).isEqualTo("王秀英");
        assertThat(request.reporter().phone()).isNull();
        assertThat(request.reporter().email()).isNull();
        assertThat(request.subject().type()).as("not one of ours").isNull();
        assertThat(request.subject().districtCode()).isNull();
        assertThat(request.category()).isEqualTo(ComplaintCategory.FAKE_REVIEWS);
        assertThat(request.occurredFrom()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(form.withSubmissionKey("x").subjectType()).isEqualTo("ROBOT");
        assertThat(SubjectType.valueOf("NATURAL_PERSON").label()).isEqualTo("自然人");
    }

    @Test
    void datesThatAreNoDatesAreProblemsOfTheForm() {
        var form = new ComplaintForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, "2026-02-30", "yesterday", null, null);
        assertThat(form.dateProblems()).extracting(FieldProblem::field).containsExactly("occurredFrom", "occurredTo");
        assertThat(form.toRequest().occurredFrom()).isNull();
    }

    @Test
    void onlyOurOwnKeysAreUsedAsIdempotencyKeys() {
        assertThat(ComplaintForm.empty("8f14e45f-ceea-467f-a8f2-3b1d0c6b1c20").idempotencyKey()).isNotNull();
        assertThat(ComplaintForm.empty("' OR 1=1").idempotencyKey()).isNull();
        assertThat(ComplaintForm.empty(null).idempotencyKey()).isNull();
        assertThat(ComplaintForm.empty(null).honeypotFilled()).isFalse();
    }

    @Test
    void intakeFieldsMapToFormFieldsWithChineseMessages() {
        assertThat(ComplaintFields.fieldOf("subject.creditCode")).isEqualTo("subjectCreditCode");
        assertThat(ComplaintFields.fieldOf("reporter.phone")).isEqualTo("reporterPhone");
        assertThat(ComplaintFields.fieldOf("description")).isEqualTo("description");
        assertThat(ComplaintFields.fieldOf("file[3]")).isEqualTo("evidence");
        assertThat(ComplaintFields.fieldOf("channel")).isNull();
        for (String field : ComplaintFields.ORDER) {
            for (String code : new String[] {"required", "size", "format", "identifier", "future", "order", "date",
                    "invalid"}) {
                assertThat(ComplaintFields.message(field, code)).as(field + ":" + code)
                        .containsPattern("\\p{IsHan}").doesNotContain("must", "required", "invalid", "null");
            }
        }
        assertThat(ComplaintFields.message("category", "required")).isEqualTo("请选择投诉类别");
    }

    @Test
    void pathsOfThePortal() {
        assertThat(PortalPaths.matches("/")).isTrue();
        assertThat(PortalPaths.matches("/complaints")).isTrue();
        assertThat(PortalPaths.matches("/status/x")).isTrue();
        assertThat(PortalPaths.matches("/portal/portal.css")).isTrue();
        assertThat(PortalPaths.matches("/statusx")).isFalse();
        assertThat(PortalPaths.matches("/api/v1/complaints")).isFalse();
        assertThat(PortalPaths.matches("/camunda/app/")).isFalse();
    }
}
