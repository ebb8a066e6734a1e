package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.Spending;
import cn.helituan.domain.crossteam.Spendings;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaSpendings extends JpaRepository<Spending, Long>, Spendings, JpaSpendingBytes {

    @Override
    @Query("select s from Spending s where s.teamId = :teamId order by s.spentOn, s.id")
    List<Spending> ofTeam(@Param("teamId") Long teamId);

    @Override
    @Query(value = "select s from Spending s where s.teamId = :teamId order by s.spentOn desc, s.id desc",
            countQuery = "select count(s) from Spending s where s.teamId = :teamId")
    Page<Spending> pageOfTeam(@Param("teamId") Long teamId, Pageable pageable);

    @Override
    @Query("select coalesce(sum(s.amount), 0) from Spending s where s.teamId = :teamId and s.cancelled = false")
    BigDecimal spentOf(@Param("teamId") Long teamId);
}
