package cn.gov.baoji.credit.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials against the Camunda identity service (the same users and groups as
 * Tasklist). The engine's password hash is deliberately slow, so a verified credential is remembered for a
 * short time, keyed by a keyed hash of user and password that never leaves memory; a changed password or
 * group membership takes effect within {@link #REMEMBER_FOR}.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final Duration REMEMBER_FOR = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private final IdentityService identityService;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec cacheKey;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, Clock clock) {
        this.identityService = identityService;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.cacheKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String fingerprint = fingerprint(userId, password);
        Instant now = clock.instant();
        Verified remembered = verified.get(fingerprint);
        if (remembered == null || remembered.until().isBefore(now)) {
            remembered = verify(userId, password, now);
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(fingerprint, remembered);
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, remembered.authorities());
    }

    private Verified verify(String userId, String password, Instant now) {
        if (userId.isBlank() || password.isEmpty() || !identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream()
                .map(Group::getId)
                .map(group -> new SimpleGrantedAuthority(Caller.GROUP_AUTHORITY_PREFIX + group))
                .toList();
        return new Verified(authorities, now.plus(REMEMBER_FOR));
    }

    private String fingerprint(String userId, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record Verified(List<SimpleGrantedAuthority> authorities, Instant until) {
    }

}
