package cn.helituan.persistence.supervision;

import cn.helituan.domain.common.Paging;
import cn.helituan.domain.supervision.Measure;
import cn.helituan.domain.supervision.Measures;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMeasures extends JpaRepository<Measure, Long>, Measures, SupervisionRows {

    @Override
    @Query("""
            select m from Measure m join fetch m.kind left join fetch m.finding where m.member.id = :memberId
            order by m.decidedOn desc, m.id desc""")
    List<Measure> ofMember(@Param("memberId") long memberId);

    @Override
    default Page<Measure> search(String prefix, Pageable pageable) {
        // the whole deployment: every measure, without asking each member's memberships for the empty path
        if (prefix.isEmpty()) {
            return all(pageable);
        }
        // a scope's: the ids of all its measures in one statement, which gives the count too (a city's took two
        // statements of 5–6 ms each, the same semi-join of its 2,564 members counted and then paged), then the page's
        // rows by id; measures are few (a province's year has 1,669)
        List<Long> ids = idsUnder(prefix);
        return new PageImpl<>(measureRows(Paging.slice(ids, pageable)), pageable, ids.size());
    }

    @Query(value = """
            select m from Measure m join fetch m.member x join fetch m.kind
            order by m.decidedOn desc, m.id desc""",
            countQuery = "select count(m) from Measure m")
    Page<Measure> all(Pageable pageable);

    @Query("""
            select m.id from Measure m
            where exists (select s from Membership s where s.member = m.member and s.unit.path like concat(:prefix, '%'))
            order by m.decidedOn desc, m.id desc""")
    List<Long> idsUnder(@Param("prefix") String prefix);
}
