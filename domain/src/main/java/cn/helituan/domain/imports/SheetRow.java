package cn.helituan.domain.imports;

import java.util.List;

/**
 * One row of an imported sheet as its cells' text.
 *
 * @param number the row number as Excel shows it, from 1 (for a CSV file: the record number, which differs from the
 *               line number when a quoted field holds a line break)
 * @param cells  each cell's text, already cleaned by {@link Cells#text(String)}; index = column (0 = A), {@code ""}
 *               for a blank cell; trailing blank cells may be left out. Unmodifiable.
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        if (number < 1) {
            throw new IllegalArgumentException("row numbers start at 1: " + number);
        }
        cells = List.copyOf(cells);
    }

    /** The text of the cell in this column (0 = A), {@code ""} past the last cell. */
    public String cell(int column) {
        if (column < 0) {
            throw new IndexOutOfBoundsException("column " + column);
        }
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Whether every cell of the row is empty. */
    public boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
