package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.MeasureKind;
import cn.helituan.domain.supervision.MeasureKinds;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaMeasureKinds extends JpaRepository<MeasureKind, Long>, MeasureKinds {
}
