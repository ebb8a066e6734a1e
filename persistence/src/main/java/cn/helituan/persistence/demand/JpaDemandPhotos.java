package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.DemandPhoto;
import cn.helituan.domain.demand.DemandPhotos;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaDemandPhotos extends JpaRepository<DemandPhoto, Long>, DemandPhotos, JpaDemandPhotoBytes {
}
