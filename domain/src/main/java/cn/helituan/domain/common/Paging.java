package cn.helituan.domain.common;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** A page of a list held whole in memory (a plan's group ids, a scope's measure ids), for the page's own reads. */
public final class Paging {

    private Paging() {
    }

    /** The page's part of {@code all}: empty past the end. */
    public static <T> List<T> slice(List<T> all, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        return all.subList(from, Math.min(from + pageable.getPageSize(), all.size()));
    }
}
