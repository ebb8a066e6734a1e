package cn.helituan.domain.photo;

import cn.helituan.domain.job.Deferred;
import cn.helituan.domain.job.DeferredTask;
import cn.helituan.domain.storage.BlobKey;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Makes the thumbnails of stored photos, off the request that stored them: the request reads only the file's header
 * (type, size, pixels, EXIF) and stores the image; the row's writer publishes {@link #queued} and the scheduler's
 * {@value #TASK} task calls {@link #make} once the row has committed (a {@link DeferredTask}), or at the time of day
 * the writer gave; a reader who opens it before may have it drawn at once ({@link #makeNow}). Idempotent: a photo
 * whose thumbnail is made already is left alone. No transaction is held while the image decodes: the image is read,
 * the thumbnail drawn, then kept in one statement.
 */
@Service
public class PhotoThumbnails implements DeferredTask {

    /** The one-time task's name; its key is {@code <table>:<id>}. */
    public static final String TASK = "photo-thumbnail";
    /** The photos a start-up queues again per table, at most (normally none are left). */
    private static final int WAITING_PER_TABLE = 10_000;

    private static final Logger log = LoggerFactory.getLogger(PhotoThumbnails.class);

    /** Thumbnails drawn at once for waiting readers, at most ({@link #makeNow}). */
    private static final int DRAWN_AT_ONCE = 2;

    private final Semaphore drawing = new Semaphore(DRAWN_AT_ONCE);
    private final ThumbnailStore store;
    private final ThumbnailMaker maker;

    public PhotoThumbnails(ThumbnailStore store, ThumbnailMaker maker) {
        this.store = store;
        this.maker = maker;
    }

    /** The work of making a photo's thumbnail, to publish when it is stored without one. */
    public static Deferred queued(String table, long id) {
        return queued(table, id, null);
    }

    /** The work of making a photo's thumbnail at the next {@code at} of the deployment's day (null: at once). */
    public static Deferred queued(String table, long id, LocalTime at) {
        return new Deferred(TASK, table + ":" + id, at);
    }

    @Override
    public String name() {
        return TASK;
    }

    @Override
    public void run(String key) {
        int colon = key.lastIndexOf(':');
        make(key.substring(0, colon), Long.parseLong(key.substring(colon + 1)));
    }

    @Override
    public List<String> waiting() {
        List<String> keys = new ArrayList<>();
        for (String table : BlobKey.PHOTO_TABLES) {
            store.pending(table, WAITING_PER_TABLE).forEach(id -> keys.add(table + ":" + id));
        }
        return keys;
    }

    /**
     * Makes the photo's thumbnail for a reader waiting for it (its list, opened before the job has run), when fewer
     * than {@value #DRAWN_AT_ONCE} are being drawn so: a list of 50 photos asks for 50 at once, and the others are
     * answered with the placeholder (kept by no browser) and drawn on a later load or by the job. Says whether a
     * thumbnail was made.
     */
    public boolean makeNow(String table, long id) {
        if (!drawing.tryAcquire()) {
            return false;
        }
        try {
            return make(table, id);
        } finally {
            drawing.release();
        }
    }

    /** Makes the photo's thumbnail, or marks its image unreadable; says whether a thumbnail was made. */
    public boolean make(String table, long id) {
        new BlobKey(table, id, true); // refuses a table that is not a photo table
        byte[] image = store.pendingImage(table, id);
        if (image == null) {
            return false;
        }
        Optional<byte[]> thumbnail = maker.thumbnail(image);
        if (thumbnail.isPresent()) {
            store.made(table, id, thumbnail.get());
            return true;
        }
        log.info("photo {} {}: the image does not decode, marked unreadable", table, id);
        store.unreadable(table, id);
        return false;
    }
}
