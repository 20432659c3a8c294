package cn.gov.baoji.credit.alliance;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.security.Caller;
import cn.gov.baoji.credit.shared.CreditCode;
import cn.gov.baoji.credit.shared.InvalidIdentifierException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers alliance members: the member row, its Camunda group {@code alliance-<memberId>}, the shared group
 * {@code alliance-members} and its integrator user {@code member-<memberId>}, all in one transaction.
 */
@Service
class AllianceMembers {

    private static final Logger log = LoggerFactory.getLogger(AllianceMembers.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final MemberRepository members;
    private final IdentityService identity;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AllianceMembers(MemberRepository members, IdentityService identity, Clock clock) {
        this.members = members;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * @return the member and the password to hand over: the one given, or a generated one
     * @throws InvalidRequestException for a taken member id or credit code, or an invalid credit code
     */
    @Transactional
    Registered register(RegisterMemberRequest request, String registeredBy) {
        String creditCode = checkedCreditCode(request);
        String userId = AllianceMember.USER_PREFIX + request.memberId();
        AllianceMember member = new AllianceMember(request.memberId(), request.name().strip(), request.kind(),
                creditCode, request.contactEmail().strip(), blankToNull(request.contactPhone()),
                AllianceMember.ACTIVE, userId, clock.instant());
        members.insert(member, registeredBy);
        String password = request.password() != null ? request.password() : generatePassword();
        ensureGroup(AllianceMember.ALL_MEMBERS_GROUP, "反炒信联盟成员");
        ensureGroup(member.groupId(), member.name());
        User user = identity.newUser(userId);
        user.setFirstName(member.name());
        user.setLastName("联盟接口");
        user.setEmail(member.contactEmail());
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(userId, AllianceMember.ALL_MEMBERS_GROUP);
        identity.createMembership(userId, member.groupId());
        log.info("Alliance member {} registered with user {}", member.memberId(), userId);
        return new Registered(member, request.password() == null ? password : null);
    }

    List<AllianceMember> all() {
        return members.all();
    }

    /** The active member the caller's account belongs to, if any. */
    Optional<AllianceMember> memberOf(Caller caller) {
        if (!caller.isIn(AllianceMember.ALL_MEMBERS_GROUP)) {
            return Optional.empty();
        }
        return caller.groups().stream()
                .filter(g -> g.startsWith(AllianceMember.GROUP_PREFIX) && !g.equals(AllianceMember.ALL_MEMBERS_GROUP))
                .map(g -> g.substring(AllianceMember.GROUP_PREFIX.length()))
                .map(members::find).flatMap(Optional::stream)
                .filter(m -> m.active() && m.userId().equals(caller.userId()))
                .findFirst();
    }

    Optional<AllianceMember> find(String memberId) {
        return members.find(memberId);
    }

    private String checkedCreditCode(RegisterMemberRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String creditCode = null;
        try {
            creditCode = CreditCode.of(request.creditCode().strip().toUpperCase(Locale.ROOT)).value();
            if (members.creditCodeTaken(creditCode)) {
                problems.add(new FieldProblem("creditCode", "taken", "is already registered as a member"));
            }
        } catch (InvalidIdentifierException e) {
            problems.add(new FieldProblem("creditCode", "identifier", e.getMessage()));
        }
        if (members.find(request.memberId()).isPresent() || AllianceMember.ALL_MEMBERS_GROUP.equals(
                AllianceMember.groupOf(request.memberId()))
                || identity.createUserQuery().userId(AllianceMember.USER_PREFIX + request.memberId()).count() > 0) {
            problems.add(new FieldProblem("memberId", "taken", "is already registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return creditCode;
    }

    private void ensureGroup(String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name);
        group.setType("ALLIANCE");
        identity.saveGroup(group);
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A registration's outcome; {@code generatedPassword} is null when the caller chose the password. */
    record Registered(AllianceMember member, String generatedPassword) {
    }
}
