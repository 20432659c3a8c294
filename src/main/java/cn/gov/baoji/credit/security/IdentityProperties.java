package cn.gov.baoji.credit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baoji.identity.*}: demo users only where the local profile says so; the admin password always from
 * the environment outside it.
 */
@ConfigurationProperties("baoji.identity")
record IdentityProperties(boolean seedDemoUsers, String adminPassword) {

    static final String DEMO_PASSWORD = "demo";
    static final String ADMIN_USER = "admin";
}
