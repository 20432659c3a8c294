package cn.gov.baoji.credit.repair;

import java.util.Set;

import cn.gov.baoji.credit.security.Caller;
import cn.gov.baoji.credit.security.Organisations;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may take and read repair applications over the API: the credit office, the counties, integrators. */
@Component("repairAccess")
class RepairAccess {

    private static final Set<String> CITY = Set.of(Organisations.CREDIT_OFFICE, Organisations.DRC,
            Organisations.INTEGRATORS, Organisations.CAMUNDA_ADMIN);

    public boolean mayHandle(Authentication authentication) {
        Caller caller = Caller.from(authentication);
        return caller.isInAny(CITY) || caller.groups().stream().anyMatch(Organisations::isCountyGroup);
    }
}
