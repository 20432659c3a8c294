package cn.gov.baoji.credit.alliance;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Where demo identities are seeded (the local profile), two demo members as well, so that the alliance API can be
 * tried at once: {@code member-demo-platform} and {@code member-demo-logistics}, password {@code demo}.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "baoji.identity.seed-demo-users", havingValue = "true")
class AllianceDemoMembers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AllianceDemoMembers.class);

    static final List<RegisterMemberRequest> DEMO = List.of(
            new RegisterMemberRequest("demo-platform", "演示电商平台有限公司", MemberKind.ECOMMERCE_PLATFORM,
                    "91610301MA6X0A001C", "risk@demo-platform.example", null, "demo"),
            new RegisterMemberRequest("demo-logistics", "演示物流有限公司", MemberKind.LOGISTICS,
                    "91610301MA6X0B002N", "security@demo-logistics.example", null, "demo"));

    private final AllianceMembers members;

    AllianceDemoMembers(AllianceMembers members) {
        this.members = members;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (RegisterMemberRequest demo : DEMO) {
            if (members.find(demo.memberId()).isEmpty()) {
                members.register(demo, "system");
            }
        }
        log.warn("Demo alliance members are active: member-demo-platform and member-demo-logistics, password 'demo'.");
    }
}
