package cn.helituan.web.common;

import cn.helituan.domain.common.Scope;
import org.springframework.core.Ordered;

/**
 * A part of another feature's record page, contributed by the feature that owns what it shows: the activity log
 * puts a group's latest activities on the unit page, the demand lists an object's demands on the object page. The
 * page's own feature knows nothing of them (no dependency from a lower feature on a higher one), and a new feature
 * adds a section to a page without editing it: a {@code @Component} implementing {@code PageSection<Unit>},
 * {@code PageSection<Member>} or {@code PageSection<AssistedObject>}, and a fragment in its own templates.
 *
 * @param <T> the record whose page it is part of
 */
public interface PageSection<T> extends Ordered {

    /** The slot of the page it goes in: {@link #MAIN} (between the page's own parts and its history) unless said. */
    String MAIN = "main";
    /** Beside the record's title (a badge). */
    String HEADER = "header";

    default String slot() {
        return MAIN;
    }

    /** The fragment that shows it, e.g. {@code "activities/sections :: recent"}; it reads {@code ${part.data}}. */
    String fragment();

    /** What the section shows of the record for this reader, read once per page; null when it shows nothing. */
    Object read(Scope scope, T record);
}
