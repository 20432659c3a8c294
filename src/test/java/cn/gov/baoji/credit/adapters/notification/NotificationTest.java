package cn.gov.baoji.credit.adapters.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationTest {

    private static final Recipient REPORTER = new Recipient(RecipientKind.REPORTER, "张三", "13800001234", null);

    @Test
    void textFillsTheCaseNumberAndTheParameters() {
        var notification = new Notification("k", "BJDS-2026-000001", REPORTER,
                NotificationTemplate.COMPLAINT_DUPLICATE, Map.of("originalCaseNumber", "BJDS-2025-000777"));

        assertThat(notification.text()).isEqualTo(
                "【信用宝鸡】您反映的电子商务失信问题（案件编号BJDS-2026-000001）与已受理的案件BJDS-2025-000777重复，将合并办理。");
    }

    @ParameterizedTest
    @EnumSource(NotificationTemplate.class)
    void everyTemplateIsSignedAndNamesTheCase(NotificationTemplate template) {
        Map<String, String> parameters = new java.util.HashMap<>();
        template.requiredParameters().forEach(name -> parameters.put(name, "X"));

        String text = new Notification("k", "BJDS-2026-000001", REPORTER, template, parameters).text();

        assertThat(text).startsWith("【信用宝鸡】").doesNotContain("{", "}");
        if (NOT_ABOUT_A_CASE.contains(template)) {
            assertThat(text).as("names its own reference instead").contains("X");
        } else {
            assertThat(text).contains("BJDS-2026-000001");
        }
    }

    /** Messages about a repair application or a training round, which an imported entry has without a case. */
    static final java.util.Set<NotificationTemplate> NOT_ABOUT_A_CASE = java.util.EnumSet.of(
            NotificationTemplate.REPAIR_DECIDED, NotificationTemplate.REPAIR_OVERDUE,
            NotificationTemplate.TRAINING_INVITATION, NotificationTemplate.TRAINING_REMINDER,
            NotificationTemplate.TRAINING_ABSENCE_ESCALATED);

    @Test
    void aNotificationWithoutACaseSaysSo() {
        assertThat(new Notification("k", null, REPORTER, NotificationTemplate.MEASURES_REMINDER,
                Map.of("dueDate", "2026-12-01")).text()).contains("案件（无）");
    }

    @Test
    void aMissingParameterIsRefusedWhenTheNotificationIsMade() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification("k", "BJDS-2026-000001", REPORTER,
                NotificationTemplate.INVESTIGATION_OVERDUE, Map.of())).withMessageContaining("dueDate");
    }

    @Test
    void recipientMasksItsContactsAndHidesItsName() {
        var recipient = new Recipient(RecipientKind.SUBJECT, "李四", "13912345678", "lisi@mail.example.cn");

        assertThat(recipient.maskedPhone()).isEqualTo("139****5678");
        assertThat(recipient.maskedEmail()).isEqualTo("l***@mail.example.cn");
        assertThat(recipient.toString()).doesNotContain("李四", "13912345678", "lisi@");
    }
}
