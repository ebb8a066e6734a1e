package cn.helituan.web.layout;

import cn.helituan.web.security.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The parts of the layout that are the same for every reader with the same roles on the same section in the same
 * language — the menu (fragments/menu.html) and the scripts at the end (fragments/scripts.html) — rendered by
 * Thymeleaf once for each such key and kept as text; every page writes the kept text. Rendered on every page they
 * were a fifth of a small page's CPU time (issue 25, docs/performance.md "The hot pages against the floor"). What
 * differs between readers of the same key — the to-do count in the menu — is a mark in the kept text, replaced by
 * the page's own figure, so no count is ever kept. Nothing personal is in the menu: its entries are links
 * decided by roles. With Thymeleaf's template cache off (a developer editing templates) nothing is kept.
 */
@Component("pageChrome")
public class PageChrome {

    /** Where the to-do count goes in a kept menu: text no message, address or escaped value can contain. */
    private static final String COUNT = "\u0001todo\u0001";

    private record MenuKey(Viewer roles, String section, boolean jobs, boolean todo, Locale locale) {
    }

    private final SpringTemplateEngine engine;
    private final ApplicationContext context;
    private final boolean keep;
    private final Map<MenuKey, List<String>> menus = new ConcurrentHashMap<>();
    private final Map<Locale, String> scripts = new ConcurrentHashMap<>();

    PageChrome(SpringTemplateEngine engine, ApplicationContext context,
               @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.engine = engine;
        this.context = context;
        this.keep = keep;
    }

    /**
     * The menu of a signed-in reader (empty for anyone else): the entries their roles may open, the section's entry
     * marked, the to-do badge with this count when it is above 0.
     */
    public String menu(Viewer viewer, String section, long todoCount, boolean jobsShown) {
        if (viewer == null || !viewer.signedIn()) {
            return "";
        }
        MenuKey key = new MenuKey(viewer.roles(), section, jobsShown, todoCount > 0, language());
        List<String> parts = keep ? menus.computeIfAbsent(key, this::renderMenu) : renderMenu(key);
        return String.join(Long.toString(todoCount), parts);
    }

    /** The scripts every page loads, with the figures and messages of the request limits (limits.js). */
    public String scripts() {
        Locale locale = language();
        return keep ? scripts.computeIfAbsent(locale, l -> render("fragments/scripts", "scripts", l, Map.of()))
                : render("fragments/scripts", "scripts", locale, Map.of());
    }

    /**
     * The page's language as one of the two the messages have: any other locale (a cookie or {@code ?lang=} may name
     * any) reads the same messages as one of them, and as a key it would let anyone add kept copies without end.
     */
    private static Locale language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private List<String> renderMenu(MenuKey key) {
        String html = render("fragments/menu", "menu", key.locale(), Map.of("viewer", key.roles(),
                "section", key.section() == null ? "" : key.section(), "jobsShown", key.jobs(),
                "todoShown", key.todo(), "todoText", COUNT));
        return List.of(html.split(Pattern.quote(COUNT), -1));
    }

    /**
     * Renders a fragment in the current request (its addresses as any page's: context path, webjar versions), its
     * variables kept apart from the page's: a Thymeleaf web context keeps its variables in the request's attributes,
     * where the fragment's {@code viewer} (the roles alone) would replace the page's.
     */
    private String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = new OwnAttributes(attributes.getRequest());
        HttpServletResponse response = attributes.getResponse();
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, all);
        return engine.process(template, Set.of(fragment), web);
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
