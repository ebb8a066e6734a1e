package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityPhoto;
import cn.helituan.domain.activity.ActivityPhotos;
import org.springframework.data.jpa.repository.JpaRepository;

/** The activity photos; their bytes ({@link JpaPhotoBytes}) and the list's summaries ({@link JpaPhotoSummaries}). */
interface JpaActivityPhotos extends JpaRepository<ActivityPhoto, Long>, ActivityPhotos, JpaPhotoBytes,
        JpaPhotoSummaries {
}
