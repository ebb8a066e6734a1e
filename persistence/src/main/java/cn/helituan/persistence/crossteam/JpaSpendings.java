package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.Spending;
import cn.helituan.domain.crossteam.Spendings;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaSpendings extends JpaRepository<Spending, Long>, Spendings, JpaSpendingBytes {

    @Override
    @Query("select s from Spending s where s.teamId = :teamId order by s.spentOn, s.id")
    List<Spending> ofTeam(@Param("teamId") Long teamId);
}
