package cn.helituan.domain.storage;

import java.util.List;

/**
 * Where a file's bytes are kept: its table, its row and which of the row's files. A photo row has an image and a
 * thumbnail ({@link #PHOTO_TABLES}: the {@code content} and {@code thumbnail} columns); an attachment row one attached
 * file ({@link #ATTACHMENT_TABLES}: the {@code attachment} column, no thumbnail). In the database it is that row's
 * column; in an object store the object {@code <table>/<id>/<column>}.
 */
public record BlobKey(String table, long id, boolean thumbnail) {

    /** The tables whose rows have an image and a thumbnail (every photo of the product). */
    public static final List<String> PHOTO_TABLES = List.of("activity_photo", "demand_photo", "station_checkin",
            "contest_stop_photo", "supervision_finding_photo", "case_photo");

    /** The tables whose rows may have one attached file (a cross-town team's invoice), without a thumbnail. */
    public static final List<String> ATTACHMENT_TABLES = List.of("cross_team_spending");

    public BlobKey {
        if (!PHOTO_TABLES.contains(table) && !(ATTACHMENT_TABLES.contains(table) && !thumbnail)) {
            throw new IllegalArgumentException("not a photo table nor an attachment's: " + table
                    + (thumbnail ? " (thumbnail)" : ""));
        }
    }

    /** Every table with files: the photo tables, then the attachment tables. */
    public static List<String> tables() {
        return java.util.stream.Stream.concat(PHOTO_TABLES.stream(), ATTACHMENT_TABLES.stream()).toList();
    }

    /** A row's files: a photo's image and thumbnail, an attachment row's one file. */
    public static List<BlobKey> keysOf(String table, long id) {
        return PHOTO_TABLES.contains(table)
                ? List.of(new BlobKey(table, id, false), new BlobKey(table, id, true))
                : List.of(attachment(table, id));
    }

    /** The attached file of a row of an attachment table. */
    public static BlobKey attachment(String table, long id) {
        if (!ATTACHMENT_TABLES.contains(table)) {
            throw new IllegalArgumentException("not an attachment table: " + table);
        }
        return new BlobKey(table, id, false);
    }

    public String column() {
        return thumbnail ? "thumbnail" : ATTACHMENT_TABLES.contains(table) ? "attachment" : "content";
    }

    /** The object's name in an object store. */
    public String path() {
        return table + "/" + id + "/" + column();
    }
}
