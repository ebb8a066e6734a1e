package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Presence;
import cn.helituan.domain.supervision.Presences;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaPresences extends JpaRepository<Presence, Long>, Presences {

    @Override
    @Query("select p from Presence p join fetch p.member where p.inspection.id = :inspectionId order by p.id")
    List<Presence> findByInspectionIdOrderById(Long inspectionId);
}
