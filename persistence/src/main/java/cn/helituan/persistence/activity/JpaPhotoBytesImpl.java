package cn.helituan.persistence.activity;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaPhotoBytesImpl implements JpaPhotoBytes {

    private final JdbcTemplate jdbc;
    private final EntityManager em;

    JpaPhotoBytesImpl(JdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    @Override
    public void writeBytes(long photoId, byte[] content, byte[] thumbnail) {
        em.flush();
        jdbc.update("update activity_photo set content = ?, thumbnail = ? where id = ?", content, thumbnail, photoId);
    }

    @Override
    public byte[] bytes(long photoId, boolean thumbnail) {
        return jdbc.queryForObject("select " + (thumbnail ? "thumbnail" : "content")
                + " from activity_photo where id = ?", byte[].class, photoId);
    }
}
