package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.CrossTeamTown;
import cn.helituan.domain.crossteam.CrossTeamTowns;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaCrossTeamTowns extends JpaRepository<CrossTeamTown, Long>, CrossTeamTowns {

    @Override
    @Query("""
            select c from CrossTeamTown c join fetch c.region r
            where c.teamId = :teamId and not c.removed order by r.name, r.id""")
    List<CrossTeamTown> current(@Param("teamId") Long teamId);

    @Override
    @Query("""
            select count(c) > 0 from CrossTeamTown c
            where c.teamId = :teamId and c.region.id = :regionId and not c.removed""")
    boolean isCurrent(@Param("teamId") Long teamId, @Param("regionId") Long regionId);
}
