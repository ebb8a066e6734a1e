package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityPhoto;
import cn.helituan.domain.activity.ActivityPhotos;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaActivityPhotos extends JpaRepository<ActivityPhoto, Long>, ActivityPhotos, JpaPhotoBytes {
}
