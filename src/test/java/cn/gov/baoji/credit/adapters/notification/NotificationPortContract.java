package cn.gov.baoji.credit.adapters.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What every {@link NotificationPort} does, sandbox or HTTP; subclasses supply the implementation. */
public abstract class NotificationPortContract {

    protected static final String PHONE = "13800001234";
    protected static final String EMAIL = "zhang.san@example.cn";

    protected final OutboundCallLog calls = mock(OutboundCallLog.class);

    /** The implementation under test, recording into {@link #calls}. */
    protected abstract NotificationPort port();

    protected abstract AdapterMode mode();

    @Test
    void messageToAPhoneIsRecordedAsSentWithThePhoneMasked() {
        port().send(rejected("job-1", new Recipient(RecipientKind.REPORTER, "张三", PHONE, null)));

        OutboundCallAttempt attempt = recorded(OutboundCallOutcome.SENT);
        assertThat(attempt.agency()).isEqualTo("notification");
        assertThat(attempt.idempotencyKey()).isEqualTo("job-1");
        assertThat(attempt.caseNumber()).isEqualTo("BJDS-2026-000001");
        assertThat(attempt.mode()).isEqualTo(mode());
        assertThat(attempt.maskedRequest()).containsEntry("phone", "138****1234")
                .containsEntry("template", "COMPLAINT_REJECTED");
        assertThat(attempt.maskedRequest().toString()).doesNotContain(PHONE, "张三", "重复投诉");
    }

    @Test
    void messageToAnEmailOnlyRecipientIsRecordedAsSentWithTheEmailMasked() {
        port().send(rejected("job-2", new Recipient(RecipientKind.SUBJECT, null, null, EMAIL)));

        assertThat(recorded(OutboundCallOutcome.SENT).maskedRequest()).containsEntry("email", "z***@example.cn")
                .doesNotContainKey("phone");
    }

    @Test
    void recipientWithoutContactIsRecordedAndIsNoError() {
        port().send(rejected("job-3", new Recipient(RecipientKind.REPORTER, "匿名", null, " ")));

        assertThat(recorded(OutboundCallOutcome.NO_CONTACT).idempotencyKey()).isEqualTo("job-3");
    }

    @Test
    void aRepeatedJobSendsUnderTheSameKey() {
        var notification = rejected("job-4", new Recipient(RecipientKind.REPORTER, "张三", PHONE, null));

        port().send(notification);
        port().send(notification);

        var attempts = ArgumentCaptor.forClass(OutboundCallAttempt.class);
        verify(calls, times(2)).record(attempts.capture(), eq(OutboundCallOutcome.SENT));
        assertThat(attempts.getAllValues()).extracting(OutboundCallAttempt::idempotencyKey)
                .containsExactly("job-4", "job-4");
    }

    protected static Notification rejected(String key, Recipient recipient) {
        return new Notification(key, "BJDS-2026-000001", recipient, NotificationTemplate.COMPLAINT_REJECTED,
                Map.of("reason", "重复投诉"));
    }

    private OutboundCallAttempt recorded(OutboundCallOutcome outcome) {
        var attempt = ArgumentCaptor.forClass(OutboundCallAttempt.class);
        verify(calls).record(attempt.capture(), eq(outcome));
        return attempt.getValue();
    }
}
