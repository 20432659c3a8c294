package cn.gov.baoji.credit.security;

import java.io.IOException;
import java.util.ArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated caller to the engine for the length of an {@code /engine-rest} request, so that
 * Camunda's authorizations (a county sees only its own cases) apply to every REST call. Our own
 * {@code /api} controllers check access themselves and run engine calls as the system.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = Caller.from(authentication);
        identityService.setAuthentication(caller.userId(), new ArrayList<>(caller.groups()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
