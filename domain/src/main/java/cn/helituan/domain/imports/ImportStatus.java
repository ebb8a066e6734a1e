package cn.helituan.domain.imports;

/** Where an uploaded file stands: just uploaded, checked and ready, refused for its problems, imported, or cancelled. */
public enum ImportStatus {
    UPLOADED,
    CHECKED,
    REJECTED,
    IMPORTED,
    CANCELLED
}
