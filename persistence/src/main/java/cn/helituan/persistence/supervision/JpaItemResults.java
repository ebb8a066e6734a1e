package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.ItemResult;
import cn.helituan.domain.supervision.ItemResults;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaItemResults extends JpaRepository<ItemResult, Long>, ItemResults {

    @Override
    @Query("select r from ItemResult r join fetch r.item i where r.inspection.id = :inspectionId order by i.position")
    List<ItemResult> findByInspectionIdOrderByItemPosition(Long inspectionId);
}
