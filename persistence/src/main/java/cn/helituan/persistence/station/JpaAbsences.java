package cn.helituan.persistence.station;

import cn.helituan.domain.station.Absence;
import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceStatus;
import cn.helituan.domain.station.Absences;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaAbsences extends JpaRepository<Absence, Long>, Absences {

    @Override
    @Query("""
            select count(a) > 0 from Absence a
            where a.member.id = :memberId and a.status <> cn.helituan.domain.station.AbsenceStatus.REFUSED
              and a.startsOn <= :to and coalesce(a.backOn, a.endsOn) >= :from""")
    boolean overlapping(@Param("memberId") Long memberId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Override
    default Page<Absence> search(String prefix, LocalDate day, Long memberId, AbsenceStatus status,
                                 AbsenceKind kind, Pageable pageable) {
        // no null parameters: PostgreSQL cannot type an untyped null in "? is null" (it arrives as bytea)
        return searchPage(prefix == null, prefix == null ? "" : prefix, day, memberId == null,
                memberId == null ? -1L : memberId, status == null, status == null ? AbsenceStatus.REQUESTED : status,
                kind == null, kind == null ? AbsenceKind.LEAVE : kind, pageable);
    }

    @Query(value = """
            select a from Absence a join fetch a.member m join fetch a.object o
            where (:everywhere = true or exists (select r from Relationship r join r.group g
                                                 where r.object = o and g.path like concat(:prefix, '%')
                                                   and r.startsOn <= :day and r.endsOn >= :day
                                                   and (r.endedOn is null or r.endedOn >= :day)))
              and (:anyMember = true or m.id = :memberId)
              and (:anyStatus = true or a.status = :status)
              and (:anyKind = true or a.kind = :kind)
            order by a.startsOn desc, a.id desc""",
            countQuery = """
            select count(a) from Absence a join a.member m join a.object o
            where (:everywhere = true or exists (select r from Relationship r join r.group g
                                                 where r.object = o and g.path like concat(:prefix, '%')
                                                   and r.startsOn <= :day and r.endsOn >= :day
                                                   and (r.endedOn is null or r.endedOn >= :day)))
              and (:anyMember = true or m.id = :memberId)
              and (:anyStatus = true or a.status = :status)
              and (:anyKind = true or a.kind = :kind)""")
    Page<Absence> searchPage(@Param("everywhere") boolean everywhere, @Param("prefix") String prefix,
                             @Param("day") LocalDate day, @Param("anyMember") boolean anyMember,
                             @Param("memberId") long memberId, @Param("anyStatus") boolean anyStatus,
                             @Param("status") AbsenceStatus status, @Param("anyKind") boolean anyKind,
                             @Param("kind") AbsenceKind kind, Pageable pageable);
}
