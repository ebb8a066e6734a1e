package cn.helituan.persistence.supervision;

import cn.helituan.persistence.photo.PhotoColumns;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaFindingPhotoBytesImpl extends PhotoColumns implements JpaFindingPhotoBytes {

    JpaFindingPhotoBytesImpl(JdbcTemplate jdbc, EntityManager em, BlobStores stores,
                             ApplicationEventPublisher events) {
        super(jdbc, em, "supervision_finding_photo", stores, events);
    }
}
