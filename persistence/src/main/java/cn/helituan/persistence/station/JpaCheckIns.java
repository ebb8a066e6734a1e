package cn.helituan.persistence.station;

import cn.helituan.domain.station.CheckIn;
import cn.helituan.domain.station.CheckIns;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaCheckIns extends JpaRepository<CheckIn, Long>, CheckIns, JpaCheckInBytes {

    @Override
    @Query("""
            select c from CheckIn c join fetch c.object
            where c.member.id = :memberId and c.day between :from and :to
            order by c.day desc, c.id desc""")
    List<CheckIn> ofMember(@Param("memberId") Long memberId, @Param("from") LocalDate from,
                           @Param("to") LocalDate to);

    @Override
    @Query(value = """
            select c from CheckIn c join fetch c.member
            where c.object.id = :objectId and c.day between :from and :to
            order by c.day desc, c.id desc""",
            countQuery = """
            select count(c) from CheckIn c where c.object.id = :objectId and c.day between :from and :to""")
    Page<CheckIn> ofObject(@Param("objectId") Long objectId, @Param("from") LocalDate from,
                           @Param("to") LocalDate to, Pageable pageable);

    @Override
    default Page<CheckIn> ofDay(String prefix, LocalDate pairedOn, LocalDate day, Pageable pageable) {
        // no null parameters (PostgreSQL types an untyped null as bytea): "everywhere" as a flag
        return dayPage(prefix == null, prefix == null ? "" : prefix, pairedOn, day, pageable);
    }

    @Query(value = """
            select c from CheckIn c join fetch c.member join fetch c.object o
            where c.day = :day
              and (:everywhere = true or exists (select r from Relationship r join r.group g
                                                 where r.object = o and g.path like concat(:prefix, '%')
                                                   and r.startsOn <= :pairedOn and r.endsOn >= :pairedOn
                                                   and (r.endedOn is null or r.endedOn >= :pairedOn)))
            order by o.name, c.checkedAt, c.id""",
            countQuery = """
            select count(c) from CheckIn c join c.object o
            where c.day = :day
              and (:everywhere = true or exists (select r from Relationship r join r.group g
                                                 where r.object = o and g.path like concat(:prefix, '%')
                                                   and r.startsOn <= :pairedOn and r.endsOn >= :pairedOn
                                                   and (r.endedOn is null or r.endedOn >= :pairedOn)))""")
    Page<CheckIn> dayPage(@Param("everywhere") boolean everywhere, @Param("prefix") String prefix,
                          @Param("pairedOn") LocalDate pairedOn, @Param("day") LocalDate day, Pageable pageable);
}
