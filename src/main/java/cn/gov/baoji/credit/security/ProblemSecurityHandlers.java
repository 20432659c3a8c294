package cn.gov.baoji.credit.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json, with the Basic challenge integrators expect. */
final class ProblemSecurityHandlers {

    static final String REALM = "Baoji credit case engine";

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Authentication is required: HTTP Basic with a user of the credit case engine.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "forbidden",
                "Your groups do not allow this request.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:baoji-credit:problem:" + type + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
