package cn.helituan.domain.imports;

/** What one pass found in one sheet: rows to create, to update, left as they are, and rows with problems. */
public record ImportTally(ImportKind kind, String sheet, int created, int updated, int unchanged, int problems) {
}
