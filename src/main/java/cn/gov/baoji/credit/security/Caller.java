package cn.gov.baoji.credit.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The authenticated user or system behind an API request, with its Camunda groups. */
public record Caller(String userId, Set<String> groups) {

    static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean isIn(String groupId) {
        return groups.contains(groupId);
    }

    public boolean isInAny(Set<String> groupIds) {
        return groupIds.stream().anyMatch(groups::contains);
    }

    /** The caller of the current request, from Spring Security's authentication. */
    public static Caller from(Authentication authentication) {
        Set<String> groups = new java.util.HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith(GROUP_AUTHORITY_PREFIX)) {
                groups.add(name.substring(GROUP_AUTHORITY_PREFIX.length()));
            }
        }
        return new Caller(authentication.getName(), groups);
    }
}
