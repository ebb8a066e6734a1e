package cn.helituan.domain.imports;

/**
 * Something that keeps a file from being imported, where it is: the sheet, the row (1-based, as Excel shows it; 0 for
 * the sheet as a whole), the column (its key and 0-based index, or null and -1), and why, as a message key with one
 * argument (the value read, the header missing…), translated by the page.
 */
public record ImportProblem(String sheet, int row, String column, int columnIndex, String messageKey,
                            String argument) {

    public static ImportProblem ofSheet(String sheet, String messageKey, String argument) {
        return new ImportProblem(sheet, 0, null, -1, messageKey, argument);
    }

    public static ImportProblem ofCell(ImportLine line, String column, String messageKey, String argument) {
        return new ImportProblem(line.sheet(), line.row(), column, column == null ? -1 : line.columnOf(column),
                messageKey, argument);
    }
}
