package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestPresenter;
import cn.helituan.domain.contest.ContestPresenters;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestPresenters extends JpaRepository<ContestPresenter, Long>, ContestPresenters {

    @Override
    @Query("select p from ContestPresenter p where p.stop.round.id = :roundId order by p.id")
    List<ContestPresenter> ofRound(long roundId);

    /** A town's year's candidates: {@code p} a presenter of a roster member, {@code r} its published town round. */
    String CANDIDATE = """
            where r.year = :year and r.level = cn.helituan.domain.contest.ContestLevel.TOWN
              and r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED and p.member is not null
              and p.createdAt <= r.publishedAt
            """;

    @Override
    @Query(value = """
            select p from ContestPresenter p join fetch p.stop s join fetch s.round r
            left join ContestResult l on l.stopId = s.id
            """ + CANDIDATE + """
             and r.unit.id = :unitId
            order by l.rank nulls last, l.total desc nulls last, r.quarter, s.position, p.id""",
            countQuery = "select count(p) from ContestPresenter p join p.stop s join s.round r " + CANDIDATE
                    + " and r.unit.id = :unitId")
    Page<ContestPresenter> candidatesOf(long unitId, int year, Pageable pageable);

    @Override
    @Query("select p from ContestPresenter p join p.stop s join s.round r " + CANDIDATE
            + " and r.unit.id = :unitId and p.id = :presenterId")
    Optional<ContestPresenter> candidate(long unitId, int year, long presenterId);
}
