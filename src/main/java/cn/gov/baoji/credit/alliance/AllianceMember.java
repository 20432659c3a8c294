package cn.gov.baoji.credit.alliance;

import java.time.Instant;

/** A registered member with its integrator account ({@code userId}) and its own group ({@link #groupId()}). */
record AllianceMember(String memberId, String name, MemberKind kind, String creditCode, String contactEmail,
                      String contactPhone, String status, String userId, Instant registeredAt) {

    static final String ALL_MEMBERS_GROUP = "alliance-members";
    static final String GROUP_PREFIX = "alliance-";
    static final String USER_PREFIX = "member-";
    static final String ACTIVE = "ACTIVE";

    static String groupOf(String memberId) {
        return GROUP_PREFIX + memberId;
    }

    String groupId() {
        return groupOf(memberId);
    }

    boolean active() {
        return ACTIVE.equals(status);
    }
}
