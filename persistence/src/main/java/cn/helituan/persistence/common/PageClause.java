package cn.helituan.persistence.common;

/**
 * A page's {@code limit … offset …} written into the statement as numbers, not bound as parameters. PostgreSQL
 * prices a generic plan's {@code limit $1} as a tenth of the rows: dearer than any custom plan, so a prepared
 * statement with a bound limit is planned again on every execution — 0.4 ms for the member list, 1.1 ms for the
 * review screen, more than running them (docs/performance.md, "seventh round"). With the numbers in the text, each page
 * size and offset is its own statement, whose other parameters get a plan once. Only numbers go in: the caller's
 * {@code int} and {@code long}, never text.
 */
public final class PageClause {

    private PageClause() {
    }

    /** {@code " limit 20 offset 40"}. */
    public static String of(long offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page starts at 0 and holds 0 rows or more: " + offset + ", " + limit);
        }
        return " limit " + limit + " offset " + offset;
    }
}
