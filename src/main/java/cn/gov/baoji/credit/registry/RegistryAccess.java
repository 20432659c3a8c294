package cn.gov.baoji.credit.registry;

import cn.gov.baoji.credit.security.Caller;
import cn.gov.baoji.credit.security.Organisations;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** County working groups read the registry too: they designate, and answer objections. */
@Component("registryAccess")
class RegistryAccess {

    public boolean isCounty(Authentication authentication) {
        return Caller.from(authentication).groups().stream().anyMatch(Organisations::isCountyGroup);
    }
}
