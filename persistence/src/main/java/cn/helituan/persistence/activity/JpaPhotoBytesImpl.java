package cn.helituan.persistence.activity;

import cn.helituan.persistence.photo.PhotoColumns;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaPhotoBytesImpl extends PhotoColumns implements JpaPhotoBytes {

    JpaPhotoBytesImpl(JdbcTemplate jdbc, EntityManager em, BlobStores stores,
                             ApplicationEventPublisher events) {
        super(jdbc, em, "activity_photo", stores, events);
    }
}
