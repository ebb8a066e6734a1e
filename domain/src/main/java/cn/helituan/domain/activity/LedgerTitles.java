package cn.helituan.domain.activity;

/**
 * The key the ledger import looks a row's activity up by (V47's {@code ledger_title(title)}, indexed with the group
 * and the day): the title with full-width letters and digits made half-width and every whitespace and zero-width
 * character removed. Coarser than the import's cleaning of a cell ({@code Cells.text}), which only converts those
 * letters and digits, removes zero-width characters and collapses whitespace: two titles that clean alike have the
 * same key, so the activities found by key include every one whose cleaned title is the row's (the import then
 * compares the cleaned titles exactly). SQL and Java compute it alike, character by character ({@link #key}).
 */
public final class LedgerTitles {

    /**
     * Every character removed: those {@code Character.isWhitespace} or {@code Character.isSpaceChar} says are blank,
     * and the zero-width ones (U+200B–U+200D, U+FEFF). V47's function deletes the same list.
     */
    public static final String REMOVED = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u00A0\u1680\u2000\u2001\u2002"
            + "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private LedgerTitles() {
    }

    /** The title's key: null for null. */
    public static String key(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
                out.append((char) (c - 0xFEE0));
            } else if (REMOVED.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
