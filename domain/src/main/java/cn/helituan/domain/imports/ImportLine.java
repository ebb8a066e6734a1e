package cn.helituan.domain.imports;

import java.util.Map;

/**
 * One data row of an import sheet: where it is (sheet, the row number Excel shows) and its cells by column key, as
 * read ({@link Cells#text}); a column the sheet lacks or leaves blank is "". {@code columns} gives each key's 0-based
 * column in the sheet, so that a problem can point at the cell.
 */
public record ImportLine(ImportKind kind, String sheet, int row, Map<String, String> values,
                         Map<String, Integer> columns) {

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** Whether the sheet has this column at all (a blank cell in it clears a value; a missing column keeps it). */
    public boolean has(String key) {
        return columns.containsKey(key);
    }

    public int columnOf(String key) {
        return columns.getOrDefault(key, -1);
    }
}
