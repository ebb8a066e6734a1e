package cn.helituan.persistence.storage;

import cn.helituan.domain.storage.BlobKey;
import cn.helituan.domain.storage.BlobStore;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Photos in PostgreSQL as ever: the bytes in the photo row's {@code content} and {@code thumbnail} columns. */
public class DatabaseBlobStore implements BlobStore {

    private final JdbcTemplate jdbc;

    public DatabaseBlobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(BlobKey key, byte[] bytes) {
        jdbc.update("update " + key.table() + " set " + key.column() + " = ? where id = ?", bytes, key.id());
    }

    @Override
    public byte[] get(BlobKey key) {
        List<byte[]> bytes = jdbc.query("select " + key.column() + " from " + key.table() + " where id = ?",
                (rs, i) -> rs.getBytes(1), key.id());
        return bytes.isEmpty() ? null : bytes.get(0);
    }

    @Override
    public void remove(BlobKey key) {
        put(key, null);
    }

    @Override
    public boolean database() {
        return true;
    }
}
