package cn.helituan.web.layout;

import cn.helituan.web.kept.FragmentRenderer;
import cn.helituan.web.security.Viewer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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

    private final FragmentRenderer renderer;
    private final boolean keep;
    private final Map<MenuKey, List<String>> menus = new ConcurrentHashMap<>();
    private final Map<Locale, String> scripts = new ConcurrentHashMap<>();

    PageChrome(FragmentRenderer renderer, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.renderer = renderer;
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
        MenuKey key = new MenuKey(viewer.roles(), section, jobsShown, todoCount > 0, FragmentRenderer.language());
        List<String> parts = keep ? menus.computeIfAbsent(key, this::renderMenu) : renderMenu(key);
        return String.join(Long.toString(todoCount), parts);
    }

    /** The scripts every page loads, with the figures and messages of the request limits (limits.js). */
    public String scripts() {
        Locale locale = FragmentRenderer.language();
        return keep ? scripts.computeIfAbsent(locale, this::renderScripts) : renderScripts(locale);
    }

    private String renderScripts(Locale locale) {
        return renderer.render("fragments/scripts", "scripts", locale, Map.of());
    }

    private List<String> renderMenu(MenuKey key) {
        String html = renderer.render("fragments/menu", "menu", key.locale(), Map.of("viewer", key.roles(),
                "section", key.section() == null ? "" : key.section(), "jobsShown", key.jobs(),
                "todoShown", key.todo(), "todoText", COUNT));
        return List.of(html.split(Pattern.quote(COUNT), -1));
    }
}
