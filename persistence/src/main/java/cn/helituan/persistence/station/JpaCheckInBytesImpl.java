package cn.helituan.persistence.station;

import cn.helituan.persistence.photo.PhotoColumns;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class JpaCheckInBytesImpl extends PhotoColumns implements JpaCheckInBytes {

    JpaCheckInBytesImpl(JdbcTemplate jdbc, EntityManager em, BlobStores stores,
                             ApplicationEventPublisher events) {
        super(jdbc, em, "station_checkin", stores, events);
    }
}
