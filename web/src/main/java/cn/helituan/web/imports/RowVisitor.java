package cn.helituan.web.imports;

import cn.helituan.domain.imports.SheetRow;
import java.util.Set;

/** Receives the non-empty rows of a sheet, in order, as {@link WorkbookReader#read} streams them. */
@FunctionalInterface
interface RowVisitor {

    /**
     * One non-empty row.
     *
     * @param row            the row's cleaned cell texts
     * @param formulaColumns the columns (0 = A) of this row whose cell holds a formula; the row shows its last
     *                       computed value. Always empty for CSV. Unmodifiable.
     */
    void row(SheetRow row, Set<Integer> formulaColumns);

    /**
     * One non-empty row, with the columns whose value was copied from a merged range's top row above
     * ({@link MergedCells}): the import refuses a number there, as it belongs to one row only.
     */
    default void row(SheetRow row, Set<Integer> formulaColumns, Set<Integer> mergedBelow) {
        row(row, formulaColumns);
    }
}
