package cn.gov.baoji.credit.alliance;

import java.time.Instant;

/** A member as the credit office sees it; {@code initialPassword} only in the answer that generated it. */
record MemberResponse(String memberId, String name, MemberKind kind, String creditCode, String contactEmail,
                      String contactPhone, String status, String userId, String groupId, Instant registeredAt,
                      String initialPassword) {

    static MemberResponse of(AllianceMember m, String initialPassword) {
        return new MemberResponse(m.memberId(), m.name(), m.kind(), m.creditCode(), m.contactEmail(),
                m.contactPhone(), m.status(), m.userId(), m.groupId(), m.registeredAt(), initialPassword);
    }
}
