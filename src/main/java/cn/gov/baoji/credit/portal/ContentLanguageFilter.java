package cn.gov.baoji.credit.portal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal is in Simplified Chinese whatever language the browser prefers: {@code Content-Language: zh-CN},
 * as the pages' {@code lang}. (Spring MVC would otherwise announce the browser's language.)
 */
class ContentLanguageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setLocale(Locale.SIMPLIFIED_CHINESE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setLocale(Locale ignored) {
                super.setLocale(Locale.SIMPLIFIED_CHINESE);
            }
        });
    }
}
