package cn.gov.baoji.credit.portal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Renders a portal page where Spring MVC does not run: in the security filters (CSRF refusals). */
@Component
class PortalPages {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ITemplateEngine templates;

    PortalPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    void render(ErrorPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        response.setStatus(page.status().value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        templates.process(ErrorPage.VIEW, new WebContext(exchange, CHINESE, page.model()), response.getWriter());
    }
}
