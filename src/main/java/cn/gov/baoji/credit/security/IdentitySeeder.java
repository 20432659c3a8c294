package cn.gov.baoji.credit.security;

import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.credit.reference.County;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import cn.gov.baoji.credit.security.Organisations.Organisation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the Camunda identity match the work plan at every start: the groups with their Chinese names, the
 * admin, the authorizations ({@link AuthorizationSeeder}) and, in the local profile only, one demo user per
 * group. Idempotent: existing users keep their passwords.
 */
@Component
@Order(0)
class IdentitySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

    private final IdentityService identityService;
    private final DistrictDirectory districts;
    private final IdentityProperties properties;
    private final AuthorizationSeeder authorizations;

    IdentitySeeder(IdentityService identityService, DistrictDirectory districts, IdentityProperties properties,
                   AuthorizationSeeder authorizations) {
        this.identityService = identityService;
        this.districts = districts;
        this.properties = properties;
        this.authorizations = authorizations;
        requireAdminPassword(properties);
    }

    static void requireAdminPassword(IdentityProperties properties) {
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No admin password: set ADMIN_PASSWORD (baoji.identity.admin-password)."
                    + " Only the local profile has a default.");
        }
        if (!properties.seedDemoUsers() && password.length() < 12) {
            throw new IllegalStateException("The admin password must have at least 12 characters outside the"
                    + " local profile.");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Organisation> groups = allGroups();
        groups.forEach(this::ensureGroup);
        ensureUser(IdentityProperties.ADMIN_USER, "系统", "管理员", properties.adminPassword(),
                Organisations.CAMUNDA_ADMIN);
        if (properties.seedDemoUsers()) {
            groups.forEach(group -> ensureUser("demo-" + group.id(), group.name(), "演示用户",
                    IdentityProperties.DEMO_PASSWORD, group.id()));
            log.warn("Demo identities are active: every demo-<group> user has the password 'demo'.");
        }
        authorizations.seed(districts.counties().stream().map(County::groupId).toList());
    }

    private List<Organisation> allGroups() {
        List<Organisation> groups = new ArrayList<>(Organisations.FIXED);
        for (County county : districts.counties()) {
            groups.add(new Organisation(county.groupId(), county.nameZh() + "工作小组"));
        }
        return groups;
    }

    private void ensureGroup(Organisation organisation) {
        Group group = identityService.createGroupQuery().groupId(organisation.id()).singleResult();
        if (group == null) {
            group = identityService.newGroup(organisation.id());
        }
        group.setName(organisation.name());
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
    }

    private void ensureUser(String userId, String firstName, String lastName, String password, String groupId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
