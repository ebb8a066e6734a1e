package cn.helituan.domain.imports;

/** A row a pass creates ({@code updated} false) or updates, named by its key (and name, where the kind has one). */
public record ImportChange(String sheet, int row, ImportKind kind, boolean updated, String label) {
}
