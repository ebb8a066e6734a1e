package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.Stationings;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaStationings extends JpaRepository<Stationing, Long>, Stationings {

    @Override
    @Query("""
            select s from Stationing s join fetch s.member
            where s.object.id = :objectId
            order by case when s.endsOn is null then 0 else 1 end, s.startsOn desc, s.id desc""")
    List<Stationing> ofObject(@Param("objectId") Long objectId);

    @Override
    @Query("select count(s) > 0 from Stationing s where s.object.id = :objectId and s.endsOn is null")
    boolean existsOpen(@Param("objectId") Long objectId);
}
