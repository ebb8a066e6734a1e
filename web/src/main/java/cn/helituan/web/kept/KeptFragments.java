package cn.helituan.web.kept;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A page's part rendered once for the same figures and kept as text: a fragment whose text depends on nothing but its
 * variables, the language and the reader's roles is rendered by Thymeleaf only when no kept text was rendered from
 * variables equal to these (issue 25: the dashboard's figures were three quarters of its CPU time, rendered afresh for
 * every reader of the same scope and period, docs/performance.md "The hot pages against the floor"). Nothing is kept
 * by time: the variables are read on every request as before, and a figure that changed makes them unequal, so the
 * text is rendered again — the kept text is always the one the variables would give.
 * <p>
 * The variables must be values (records, strings, numbers, dates, lists and maps of them): equal exactly when they
 * render the same. An entity compares by its id and would hand out text rendered from its state at another time; an
 * array compares by identity and is never found again. Anything else the fragment reads must be in the key: the
 * language is (the fragment is rendered in it, {@link FragmentRenderer#render}), and so are the reader's roles
 * ({@link #READER}), which a bean that looks at the request reads ({@code @personal}: whole or starred numbers).
 * At most {@link #KEPT} texts a fragment, the least recently read dropped first: a list paged through, whose every
 * page and filter is a key, never pushes the dashboard's figures out. With Thymeleaf's template cache off (a
 * developer editing templates) nothing is kept.
 */
@Component("keptFragments")
public class KeptFragments {

    /** The texts kept of one fragment. */
    static final int KEPT = 64;

    /**
     * The request attribute naming the reader's part of every key: the reader's roles ({@code Viewer#roles}, put there
     * with the viewer), so that a fragment a bean fills by the reader's roles ({@code @personal}: whole or starred
     * numbers) is never handed to a reader of other roles, whatever its caller put among the variables. This package
     * depends on nothing of the application's (the security package, which sets it, depends on the roster).
     */
    public static final String READER = "keptFragments.reader";

    /** Its hash computed once, before the lock is taken: a dashboard's figures are a few hundred values to hash. */
    private record Key(Locale locale, Map<String, Object> variables, Object reader, int hash) {

        Key(Locale locale, Map<String, Object> variables, Object reader) {
            this(locale, variables, reader, Objects.hash(locale, variables, reader));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && hash == k.hash && Objects.equals(locale, k.locale)
                    && variables.equals(k.variables) && Objects.equals(reader, k.reader);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final FragmentRenderer renderer;
    private final boolean keep;
    /** By template and fragment, each its own least-recently-read order. */
    private final Map<String, Map<Key, String>> kept = new HashMap<>();

    KeptFragments(FragmentRenderer renderer, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.renderer = renderer;
        this.keep = keep;
    }

    /** The fragment's text for these variables in the request's language: kept, or rendered now and kept. */
    public String render(String template, String fragment, Map<String, Object> variables) {
        Key key = new Key(FragmentRenderer.language(), Collections.unmodifiableMap(new HashMap<>(variables)),
                reader());
        if (!keep) {
            return renderer.render(template, fragment, key.locale(), key.variables());
        }
        Map<Key, String> texts;
        String text;
        synchronized (kept) {
            texts = kept.computeIfAbsent(template + " :: " + fragment, f -> new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                    return size() > KEPT;
                }
            });
            text = texts.get(key);
        }
        if (text == null) {
            text = renderer.render(template, fragment, key.locale(), key.variables());
            synchronized (kept) {
                texts.put(key, text);
            }
        }
        return text;
    }

    private static Object reader() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getAttribute(READER, RequestAttributes.SCOPE_REQUEST);
    }
}
