package cn.helituan.persistence.casebook;

import cn.helituan.persistence.photo.PhotoColumns;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaCasePhotoBytesImpl extends PhotoColumns implements JpaCasePhotoBytes {

    JpaCasePhotoBytesImpl(JdbcTemplate jdbc, EntityManager em, BlobStores stores,
                             ApplicationEventPublisher events) {
        super(jdbc, em, "case_photo", stores, events);
    }
}
