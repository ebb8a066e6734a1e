package cn.helituan.web.config;

import cn.helituan.web.common.OneTimeForms;
import cn.helituan.web.security.CurrentScope;
import cn.helituan.web.security.Viewer;
import cn.helituan.web.todo.TodoBadgeInterceptor;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Simplified Chinese by default, English on request ({@code ?lang=en}, remembered in a cookie); WebJar links with
 * their version.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
public class WebConfiguration implements WebMvcConfigurer {

    private final CurrentScope currentScope;
    private final OneTimeForms oneTimeForms;
    private final TodoBadgeInterceptor todoBadge;
    private final cn.helituan.web.security.AuditTrail auditTrail;

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("helituan-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Versions the WebJar links only, in place of Spring Boot's filter that looks up every link: see the class. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> webJarUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new WebJarUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Paths with a variable looked up among their first segment's mappings only: see the class. */
    @Bean
    WebMvcRegistrations firstSegmentHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentHandlerMapping();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new Viewer.Interceptor());
        registry.addInterceptor(todoBadge);
        registry.addInterceptor(new ReplicaReadInterceptor());
        // every write, with its answer, in the security log
        registry.addInterceptor(auditTrail);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentScope);
        resolvers.add(oneTimeForms);
    }
}
