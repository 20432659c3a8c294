package cn.gov.baoji.credit.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached Spring MVC (Tomcat refusing a request, a filter failing) and land on Boot's
 * {@code /error}: a browser on a portal path sees the portal's Chinese page instead of the white-label one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrorViews implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        return path instanceof String p && PortalPaths.matches(p) ? ErrorPage.of(status).view() : null;
    }
}
