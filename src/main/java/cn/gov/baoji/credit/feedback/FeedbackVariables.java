package cn.gov.baoji.credit.feedback;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of process {@code nationalFeedback}: which outbox row it delivers. */
final class FeedbackVariables {

    static final ProcessVariable<Long> OUTBOX_ID = new ProcessVariable<>("outboxId", Long.class);
    static final ProcessVariable<String> FEEDBACK_KIND = new ProcessVariable<>("feedbackKind", String.class);

    private FeedbackVariables() {
    }
}
