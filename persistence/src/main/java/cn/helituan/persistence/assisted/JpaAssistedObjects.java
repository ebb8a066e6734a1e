package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaAssistedObjects extends JpaRepository<AssistedObject, Long>, AssistedObjects {
}
