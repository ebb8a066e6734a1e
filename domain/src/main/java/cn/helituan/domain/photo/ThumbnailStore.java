package cn.helituan.domain.photo;

import java.util.List;

/** A photo row's image and thumbnail as the thumbnail job reads and writes them, by table and id. */
public interface ThumbnailStore {

    /** The image of a photo whose thumbnail is still to be made; null when it is made already (or not found). */
    byte[] pendingImage(String table, long id);

    /** Keeps the thumbnail and marks it made, if it was still pending. */
    void made(String table, long id, byte[] thumbnail);

    /** Marks the photo's image unreadable (no thumbnail can be made), if it was still pending. */
    void unreadable(String table, long id);

    /**
     * Ids of the table's photos whose thumbnail is still to be made and whose job has no execution waiting (a
     * check-in's waits for the night), oldest first, at most {@code limit}.
     */
    List<Long> pending(String table, int limit);
}
