package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.FindingPhoto;
import cn.helituan.domain.supervision.FindingPhotos;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaFindingPhotos extends JpaRepository<FindingPhoto, Long>, FindingPhotos, JpaFindingPhotoBytes {
}
