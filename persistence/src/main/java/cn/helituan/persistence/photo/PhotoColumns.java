package cn.helituan.persistence.photo;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bytes of a photo table's rows (an activity's, a demand's), in SQL: the entity maps only what the file says of
 * itself, the image and its thumbnail are written and read apart from it. Each photo repository's fragment extends it
 * with its table.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class PhotoColumns {

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final String table;

    public void writeBytes(long photoId, byte[] content, byte[] thumbnail) {
        em.flush();
        jdbc.update("update " + table + " set content = ?, thumbnail = ? where id = ?", content, thumbnail, photoId);
    }

    public byte[] bytes(long photoId, boolean thumbnail) {
        return jdbc.queryForObject("select " + (thumbnail ? "thumbnail" : "content")
                + " from " + table + " where id = ?", byte[].class, photoId);
    }
}
