package cn.helituan.persistence.demand;

import cn.helituan.persistence.photo.PhotoColumns;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaDemandPhotoBytesImpl extends PhotoColumns implements JpaDemandPhotoBytes {

    JpaDemandPhotoBytesImpl(JdbcTemplate jdbc, EntityManager em, BlobStores stores,
                             ApplicationEventPublisher events) {
        super(jdbc, em, "demand_photo", stores, events);
    }
}
