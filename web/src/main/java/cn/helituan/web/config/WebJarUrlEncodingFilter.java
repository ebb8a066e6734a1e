package cn.helituan.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes WebJar links with their version ({@code /webjars/bootstrap/5.3.3/...}), as Spring's
 * {@link ResourceUrlEncodingFilter} does, but leaves every other link alone. Spring Boot adds that filter because the
 * WebJars locator is present, and it looks up each link a page builds (every member, every page number) in all the
 * static resource locations, a class-path search per link: 40% of the member list's CPU time with 30,000 members
 * (docs/performance.md). Only WebJar links come out different, so only they are looked up. Being a
 * {@code ResourceUrlEncodingFilter}, it takes the place of Spring Boot's.
 */
class WebJarUrlEncodingFilter extends ResourceUrlEncodingFilter {

    private static final String WEBJARS = "/webjars/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new WebJarUrlResponse(http, httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class WebJarUrlResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        WebJarUrlResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            if (url.startsWith(request.getContextPath() + WEBJARS)
                    && request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                    instanceof ResourceUrlProvider provider) {
                String versioned = provider.getForRequestUrl(request, url);
                if (versioned != null) {
                    return super.encodeURL(versioned);
                }
            }
            return super.encodeURL(url);
        }
    }
}
