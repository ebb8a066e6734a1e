package cn.helituan.web.common;

import cn.helituan.domain.common.Scope;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.core.Ordered;

/**
 * A part of another feature's record page, contributed by the feature that owns what it shows: the activity log
 * puts a group's latest activities on the unit page, the demand lists an object's demands on the object page. The
 * page's own feature knows nothing of them (no dependency from a lower feature on a higher one), and a new feature
 * adds a section to a page without editing it: a {@code @Bean} of type {@code PageSection<Unit>},
 * {@code PageSection<Member>} or {@code PageSection<AssistedObject>} (made with {@link #of}) in a
 * {@code @Configuration} of its web package, and a fragment in its own templates.
 *
 * @param <T> the record whose page it is part of
 */
public interface PageSection<T> extends Ordered {

    /** The slot between the page's own parts and its history. */
    String MAIN = "main";
    /** Beside the record's title (a badge). */
    String HEADER = "header";

    /**
     * The fragment that shows it in each slot it appears in, e.g. {@code main -> "activities/sections :: recent"};
     * each reads {@code ${part.data}}, read once for all of them.
     */
    Map<String, String> fragments();

    /** What the section shows of the record for this reader, read once per page; null when it shows nothing. */
    Object read(Scope scope, T record);

    /** A section in the main slot: its order, its fragment, and how it reads what it shows. */
    static <T> PageSection<T> of(int order, String fragment, BiFunction<Scope, T, Object> reader) {
        return of(order, Map.of(MAIN, fragment), reader);
    }

    /** A section in several slots (a list and a badge of the same data), read once. */
    static <T> PageSection<T> of(int order, Map<String, String> fragments, BiFunction<Scope, T, Object> reader) {
        return new PageSection<>() {
            @Override
            public int getOrder() {
                return order;
            }

            @Override
            public Map<String, String> fragments() {
                return fragments;
            }

            @Override
            public Object read(Scope scope, T record) {
                return reader.apply(scope, record);
            }
        };
    }
}
