package cn.gov.baoji.credit.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal's filter chain, between the API chain (order 1) and the permissive chain of the Camunda webapps
 * (last): no login and no session, CSRF protection with the token in an HttpOnly, SameSite=Strict cookie and a
 * hidden form field (Thymeleaf adds it to every {@code th:action} form), and strict security headers.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    static final String CSRF_COOKIE = "BAOJI-PORTAL-CSRF";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, PortalAccessDeniedHandler denied) throws Exception {
        // not XSRF-TOKEN: that name belongs to the Camunda webapps' own CSRF cookie
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.securityMatcher(portalPaths())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the portal serves only GET and POST (PortalIT checks its mappings): other methods go on to MVC's 405
                .csrf(csrf -> csrf.csrfTokenRepository(tokens)
                        .requireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/**")))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new ContentLanguageFilter(), HeaderWriterFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    private static RequestMatcher portalPaths() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(PortalPaths.PATTERNS.stream().map(paths::matcher)
                .map(RequestMatcher.class::cast).toList());
    }

    /**
     * Creates the token (and its cookie) before a page is written: once the response is committed, a cookie can
     * no longer be added, and the form's hidden token would not match anything.
     */
    static final class CsrfCookieFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || request.getRequestURI().startsWith("/portal/");
        }
    }
}
