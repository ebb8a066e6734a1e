package cn.helituan.persistence.common;

/**
 * A unit path prefix as the range it covers: {@code path like '/1/4/%'} is {@code path ~>=~ '/1/4/' and path ~<~
 * '/1/40'} — the same rows on the path index (`varchar_pattern_ops`), in a statement PostgreSQL can plan once, where
 * a bound LIKE is planned again on every execution.
 */
public final class PathRange {

    private PathRange() {
    }

    /** The first text past every path under {@code prefix} (not empty): its last character raised by one. */
    public static String end(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }
}
