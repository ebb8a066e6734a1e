package cn.helituan.persistence.casebook;

import cn.helituan.domain.casebook.CasePhoto;
import cn.helituan.domain.casebook.CasePhotos;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaCasePhotos extends JpaRepository<CasePhoto, Long>, CasePhotos, JpaCasePhotoBytes {
}
