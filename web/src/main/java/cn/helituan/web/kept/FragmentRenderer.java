package cn.helituan.web.kept;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a template to text in the current request, for the parts of a page that are kept as text
 * (the menu and scripts of {@code web/layout/PageChrome}, {@link KeptFragments}).
 */
@Component
public class FragmentRenderer {

    private final SpringTemplateEngine engine;
    private final ApplicationContext context;

    FragmentRenderer(SpringTemplateEngine engine, ApplicationContext context) {
        this.engine = engine;
        this.context = context;
    }

    /**
     * The page's language as one of the two the messages have: any other locale (a cookie or {@code ?lang=} may name
     * any) reads the same messages as one of them, and as a key it would let anyone add kept copies without end.
     */
    public static Locale language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * Renders a fragment in the current request (its addresses as any page's: context path, webjar versions), its
     * variables kept apart from the page's: a Thymeleaf web context keeps its variables in the request's attributes,
     * where the fragment's {@code viewer} (the roles alone) would replace the page's.
     */
    public String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = new OwnAttributes(attributes.getRequest());
        HttpServletResponse response = attributes.getResponse();
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, all);
        // the beans a fragment calls (@fmt's labels) read the locale of the thread, not the context's: the same one
        // for the time of the rendering, so that the text is the language it is kept under
        LocaleContext page = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocaleContext(
                new SimpleTimeZoneAwareLocaleContext(locale, LocaleContextHolder.getTimeZone()));
        try {
            return engine.process(template, Set.of(fragment), web);
        } finally {
            LocaleContextHolder.setLocaleContext(page);
        }
    }

    /** The request with attributes of its own: read through to the request's, written only here. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> own = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return own.containsKey(name) ? own.get(name) : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            own.forEach((name, value) -> {
                if (value == null) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            own.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            own.put(name, null);
        }
    }
}
