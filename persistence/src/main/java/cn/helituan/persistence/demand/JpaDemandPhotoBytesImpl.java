package cn.helituan.persistence.demand;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaDemandPhotoBytesImpl implements JpaDemandPhotoBytes {

    private final JdbcTemplate jdbc;
    private final EntityManager em;

    JpaDemandPhotoBytesImpl(JdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    @Override
    public void writeBytes(long photoId, byte[] content, byte[] thumbnail) {
        em.flush();
        jdbc.update("update demand_photo set content = ?, thumbnail = ? where id = ?", content, thumbnail, photoId);
    }

    @Override
    public byte[] bytes(long photoId, boolean thumbnail) {
        return jdbc.queryForObject("select " + (thumbnail ? "thumbnail" : "content")
                + " from demand_photo where id = ?", byte[].class, photoId);
    }
}
