package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Measure;
import cn.helituan.domain.supervision.Measures;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMeasures extends JpaRepository<Measure, Long>, Measures {

    @Override
    @Query("""
            select m from Measure m join fetch m.kind left join fetch m.finding where m.member.id = :memberId
            order by m.decidedOn desc, m.id desc""")
    List<Measure> ofMember(@Param("memberId") long memberId);

    @Override
    default Page<Measure> search(String prefix, Pageable pageable) {
        // the whole deployment: every measure, without asking each member's memberships for the empty path
        return prefix.isEmpty() ? all(pageable) : under(prefix, pageable);
    }

    @Query(value = """
            select m from Measure m join fetch m.member x join fetch m.kind
            order by m.decidedOn desc, m.id desc""",
            countQuery = "select count(m) from Measure m")
    Page<Measure> all(Pageable pageable);

    @Query(value = """
            select m from Measure m join fetch m.member x join fetch m.kind
            where exists (select s from Membership s where s.member = x and s.unit.path like concat(:prefix, '%'))
            order by m.decidedOn desc, m.id desc""",
            countQuery = """
            select count(m) from Measure m
            where exists (select s from Membership s where s.member = m.member
                          and s.unit.path like concat(:prefix, '%'))""")
    Page<Measure> under(@Param("prefix") String prefix, Pageable pageable);
}
