package cn.gov.baoji.credit.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every failure on a portal path becomes a readable Chinese page, never problem+json or a stack trace: wrong
 * method 405, unknown page 404, oversize upload 413, malformed request 400, rate limit 429, our own fault 500
 * (logged). Runs before the API's problem handler, which keeps every other path.
 */
@Component
class PortalErrorResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorResolver.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // after Boot's DefaultErrorAttributes, before MVC's resolvers
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!PortalPaths.matches(request.getRequestURI().substring(request.getContextPath().length()))) {
            return null;
        }
        if (e instanceof TooManyRequestsException tooMany) {
            response.setHeader("Retry-After", String.valueOf(ErrorPage.retryAfterSeconds(tooMany.retryAfter())));
            return ErrorPage.tooManyRequests(tooMany).view();
        }
        if (e instanceof HttpRequestMethodNotSupportedException method && method.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", method.getSupportedHttpMethods().stream()
                    .map(Object::toString).toList()));
        }
        HttpStatus status = statusOf(e);
        if (status.is5xxServerError()) {
            log.error("Portal request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        }
        return ErrorPage.of(status).view();
    }

    private static HttpStatus statusOf(Exception e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (e instanceof MultipartException || e instanceof HttpMessageNotReadableException
                || e instanceof BindException || e instanceof TypeMismatchException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ErrorResponse answer) { // Spring MVC's own: 404 route, 405, 415, missing parameter …
            HttpStatus status = HttpStatus.resolve(answer.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
