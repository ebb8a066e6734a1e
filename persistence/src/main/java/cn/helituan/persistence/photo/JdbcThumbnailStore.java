package cn.helituan.persistence.photo;

import cn.helituan.domain.photo.PhotoThumbnails;
import cn.helituan.domain.photo.ThumbnailStore;
import cn.helituan.domain.storage.BlobKey;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The thumbnail job's reads and writes on a photo table (named by {@link BlobKey}, which refuses any other): the
 * state in the row, the bytes where {@link PhotoColumns} keeps them (the row's columns, or the object store). Each
 * statement on its own (no transaction is held while the image decodes); a write changes only a pending photo.
 */
@Repository
class JdbcThumbnailStore implements ThumbnailStore {

    private final JdbcTemplate jdbc;
    private final BlobStores stores;

    JdbcThumbnailStore(JdbcTemplate jdbc, BlobStores stores) {
        this.jdbc = jdbc;
        this.stores = stores;
    }

    @Override
    public byte[] pendingImage(String table, long id) {
        BlobKey key = new BlobKey(table, id, false);
        if (stores.configured().database()) {
            List<byte[]> image = jdbc.query("select content from " + table
                    + " where id = ? and thumbnail_state = 'PENDING'", (rs, i) -> rs.getBytes(1), id);
            return image.isEmpty() ? null : image.get(0);
        }
        List<String> state = jdbc.queryForList("select thumbnail_state from " + table + " where id = ?",
                String.class, id);
        return state.isEmpty() || !"PENDING".equals(state.get(0)) ? null : stores.get(key);
    }

    @Override
    public void made(String table, long id, byte[] thumbnail) {
        BlobKey key = new BlobKey(table, id, true);
        if (stores.configured().database()) {
            jdbc.update("update " + table + " set thumbnail = ?, thumbnail_state = 'READY'"
                    + " where id = ? and thumbnail_state = 'PENDING'", thumbnail, id);
        } else {
            stores.configured().put(key, thumbnail);
            jdbc.update("update " + table + " set thumbnail_state = 'READY' where id = ? and thumbnail_state = 'PENDING'",
                    id);
        }
    }

    @Override
    public void unreadable(String table, long id) {
        new BlobKey(table, id, true);
        jdbc.update("update " + table + " set thumbnail_state = 'UNREADABLE' where id = ? and thumbnail_state = 'PENDING'",
                id);
    }

    @Override
    public List<Long> pending(String table, int limit) {
        new BlobKey(table, 0, true);
        // a day's check-ins wait for the night: a start-up queues only what lost its execution, not each of them
        return jdbc.queryForList("select id from " + table + " p where thumbnail_state = 'PENDING' and not exists"
                + " (select 1 from scheduled_tasks s where s.task_name = ? and s.task_instance = ? || p.id)"
                + " order by id limit ?", Long.class, PhotoThumbnails.TASK, table + ":", limit);
    }
}
