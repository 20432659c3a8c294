package cn.gov.baoji.credit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.support.MovableClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class CamundaIdentityAuthenticationProviderTest {

    final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    CamundaIdentityAuthenticationProvider provider;

    @BeforeEach
    void users() {
        when(identity.checkPassword("demo-integrators", "demo")).thenReturn(true);
        Group integrators = mock(Group.class);
        when(integrators.getId()).thenReturn("integrators");
        when(identity.createGroupQuery().groupMember("demo-integrators").list()).thenReturn(List.of(integrators));
        provider = new CamundaIdentityAuthenticationProvider(identity, clock);
    }

    @Test
    void aVerifiedCredentialIsNotHashedAgainWithinTheShortWhile() {
        Authentication first = provider.authenticate(basic("demo-integrators", "demo"));
        clock.advance(CamundaIdentityAuthenticationProvider.REMEMBER_FOR.minusSeconds(1));
        Authentication second = provider.authenticate(basic("demo-integrators", "demo"));

        verify(identity, times(1)).checkPassword("demo-integrators", "demo");
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getCredentials()).as("no password kept in the authentication").isNull();
        assertThat(second.getAuthorities()).map(GrantedAuthority::getAuthority).containsExactly("GROUP_integrators");
        assertThat(first.getAuthorities()).isEqualTo(second.getAuthorities());
    }

    @Test
    void afterTheShortWhileTheCredentialIsCheckedAgainSoThatAChangedPasswordTakesEffect() {
        provider.authenticate(basic("demo-integrators", "demo"));
        clock.advance(CamundaIdentityAuthenticationProvider.REMEMBER_FOR.plusSeconds(1));
        when(identity.checkPassword("demo-integrators", "demo")).thenReturn(false);   // the password was changed

        assertThatThrownBy(() -> provider.authenticate(basic("demo-integrators", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        verify(identity, times(2)).checkPassword("demo-integrators", "demo");
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndNeverPassesOnTheStrengthOfAnEarlierRightOne() {
        provider.authenticate(basic("demo-integrators", "demo"));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> provider.authenticate(basic("demo-integrators", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        verify(identity, times(3)).checkPassword("demo-integrators", "guess");
        assertThatThrownBy(() -> provider.authenticate(basic("demo-integrators", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(basic("other-user", "demo")))
                .as("the same password for another user is another credential")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theMemoryHoldsNeitherTheUserNorThePasswordInTheClear() throws Exception {
        provider.authenticate(basic("demo-integrators", "demo"));
        Field field = CamundaIdentityAuthenticationProvider.class.getDeclaredField("verified");
        field.setAccessible(true);
        Map<?, ?> remembered = (Map<?, ?>) field.get(provider);

        assertThat(remembered).hasSize(1);
        String key = remembered.keySet().iterator().next().toString();
        assertThat(key).doesNotContain("demo").matches("[0-9a-f]{64}");
        assertThat(remembered.values().iterator().next().toString()).doesNotContain("demo");
    }

    private static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
