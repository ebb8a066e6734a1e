package cn.helituan.domain.storage;

import java.util.List;

/**
 * Where a photo's image or thumbnail is kept: its table, its row and which of the two. In the database it is that row's
 * {@code content} or {@code thumbnail} column; in an object store the object {@code <table>/<id>/<content|thumbnail>}.
 */
public record BlobKey(String table, long id, boolean thumbnail) {

    /** The tables whose rows have an image and a thumbnail (every photo of the product). */
    public static final List<String> PHOTO_TABLES = List.of("activity_photo", "demand_photo", "station_checkin",
            "contest_stop_photo", "supervision_finding_photo", "case_photo");

    public BlobKey {
        if (!PHOTO_TABLES.contains(table)) {
            throw new IllegalArgumentException("not a photo table: " + table);
        }
    }

    public String column() {
        return thumbnail ? "thumbnail" : "content";
    }

    /** The object's name in an object store. */
    public String path() {
        return table + "/" + id + "/" + column();
    }
}
