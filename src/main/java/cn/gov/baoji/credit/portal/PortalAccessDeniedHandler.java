package cn.gov.baoji.credit.portal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * A portal form posted without a valid CSRF token gets a Chinese 403 page. A multipart body the container could
 * not read (over the size limits, or malformed) ends here too, since the token inside it could not be read: it is
 * told that the upload was too large (413) or unreadable (400).
 */
@Component
class PortalAccessDeniedHandler implements AccessDeniedHandler {

    private final PortalPages pages;

    PortalAccessDeniedHandler(PortalPages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        pages.render(ErrorPage.of(multipartFailure(request)), request, response);
    }

    private static HttpStatus multipartFailure(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return HttpStatus.FORBIDDEN;
        }
        try {
            request.getParts();
            return HttpStatus.FORBIDDEN;
        } catch (IllegalStateException e) { // Tomcat's answer to a part or a request over the limits
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("size") || message.contains("exceed")
                    ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        } catch (IOException | ServletException e) {
            return HttpStatus.BAD_REQUEST;
        }
    }
}
