package cn.helituan.persistence.photo;

import cn.helituan.domain.photo.PhotoThumbnails;
import cn.helituan.domain.storage.BlobKey;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bytes of a photo table's rows (an activity's, a demand's, a check-in's, a contest stop's), apart from the entity,
 * which maps only what the file says of itself. By default in the row's own columns, in SQL, as ever; with a store
 * configured ({@code helituan.storage.type=file} or {@code s3}) in the store, the columns left empty, and a photo not
 * yet moved there read from its columns. Each photo repository's fragment extends it with its table. A photo written
 * without its thumbnail (every upload: the request reads only the file's header) queues the {@code photo-thumbnail}
 * work, run once the row has committed ({@link PhotoThumbnails}) — at once, or at the time of day its writer says.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class PhotoColumns {

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final String table;
    private final BlobStores stores;
    private final ApplicationEventPublisher events;

    public void writeBytes(long photoId, byte[] content, byte[] thumbnail) {
        writeBytes(photoId, content, thumbnail, null);
    }

    /** As {@link #writeBytes(long, byte[], byte[])}; its thumbnail drawn at the next {@code thumbnailAt}, null: now. */
    public void writeBytes(long photoId, byte[] content, byte[] thumbnail, LocalTime thumbnailAt) {
        em.flush();
        if (thumbnail == null) {
            events.publishEvent(PhotoThumbnails.queued(table, photoId, thumbnailAt));
        }
        if (stores.configured().database()) {
            jdbc.update("update " + table + " set content = ?, thumbnail = ? where id = ?", content, thumbnail,
                    photoId);
        } else {
            stores.configured().put(new BlobKey(table, photoId, false), content);
            if (thumbnail != null) { // a new row: no thumbnail kept yet to replace
                stores.configured().put(new BlobKey(table, photoId, true), thumbnail);
            }
        }
    }

    public byte[] bytes(long photoId, boolean thumbnail) {
        if (stores.configured().database()) {
            return jdbc.queryForObject("select " + (thumbnail ? "thumbnail" : "content")
                    + " from " + table + " where id = ?", byte[].class, photoId);
        }
        return stores.get(new BlobKey(table, photoId, thumbnail));
    }
}
