package cn.helituan.persistence.contest;

import cn.helituan.persistence.photo.PhotoColumns;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaContestStopPhotoBytesImpl extends PhotoColumns implements JpaContestStopPhotoBytes {

    JpaContestStopPhotoBytesImpl(JdbcTemplate jdbc, EntityManager em) {
        super(jdbc, em, "contest_stop_photo");
    }
}
