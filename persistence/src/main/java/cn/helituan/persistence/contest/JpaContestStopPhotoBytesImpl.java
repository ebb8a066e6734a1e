package cn.helituan.persistence.contest;

import cn.helituan.persistence.photo.PhotoColumns;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaContestStopPhotoBytesImpl extends PhotoColumns implements JpaContestStopPhotoBytes {

    JpaContestStopPhotoBytesImpl(JdbcTemplate jdbc, EntityManager em, BlobStores stores,
                             ApplicationEventPublisher events) {
        super(jdbc, em, "contest_stop_photo", stores, events);
    }
}
