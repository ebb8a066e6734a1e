package cn.helituan.persistence.station;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.station.Rotation;
import cn.helituan.domain.station.Rotations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaRotations extends JpaRepository<Rotation, Long>, Rotations {

    /** The register's scope: every object, or those paired on the day with a group under the prefix. */
    String IN_SCOPE = """
            (:everywhere = true or exists (select r from Relationship r join r.group g
                                           where r.object = s.object and g.path like concat(:prefix, '%')
                                             and r.startsOn <= :day and r.endsOn >= :day
                                             and (r.endedOn is null or r.endedOn >= :day)))
              and (:anyMember = true or s.member.id = :memberId)""";

    /** A stationing already rotated (its successor recorded) is due no more. */
    String NOT_ROTATED = " and not exists (select 1 from Rotation nr where nr.outgoing = s)";

    String ENDING = " and (s.endsOn is null or s.endsOn >= :day) and coalesce(s.endsOn, s.plannedEndOn) between :day and :to"
            + NOT_ROTATED;

    String LONG = " and s.startsOn <= :longFrom and (s.endsOn is null or s.endsOn >= :day)" + NOT_ROTATED;

    @Override
    @Query("""
            select r from Rotation r join fetch r.object join fetch r.outgoing o join fetch o.member
            join fetch r.incoming i join fetch i.member
            where o.id = :id or i.id = :id order by r.id desc limit 1""")
    Optional<Rotation> ofStationing(@Param("id") long stationingId);

    @Override
    @Query("""
            select r from Rotation r join fetch r.outgoing o join fetch o.member join fetch r.incoming i
            join fetch i.member where r.object.id = :objectId order by o.endsOn desc, r.id desc""")
    List<Rotation> ofObject(@Param("objectId") long objectId);

    @Override
    @Query("""
            select r from Rotation r join fetch r.object join fetch r.outgoing o join fetch o.member
            join fetch r.incoming i join fetch i.member
            where (r.outgoingClosedOn is null and o.endsOn < :day)
               or (r.incomingOpenedOn is null and i.startsOn <= :day)
            order by r.id""")
    List<Rotation> switchDue(@Param("day") LocalDate day);

    @Override
    default Page<Stationing> due(String prefix, Long memberId, LocalDate from, LocalDate to, LocalDate longFrom,
                                 Pageable pageable) {
        // no null parameters: PostgreSQL cannot type an untyped null in "? is null" (it arrives as bytea)
        boolean everywhere = prefix == null;
        String path = prefix == null ? "" : prefix;
        long member = memberId == null ? -1L : memberId;
        return longFrom == null
                ? ending(everywhere, path, memberId == null, member, from, to, pageable)
                : stationedLong(everywhere, path, memberId == null, member, from, longFrom, pageable);
    }

    @Query(value = "select s from Stationing s join fetch s.member join fetch s.object left join fetch s.workUnit"
            + " where " + IN_SCOPE + ENDING + " order by coalesce(s.endsOn, s.plannedEndOn), s.id",
            countQuery = "select count(s) from Stationing s where " + IN_SCOPE + ENDING)
    Page<Stationing> ending(@Param("everywhere") boolean everywhere, @Param("prefix") String prefix,
                            @Param("anyMember") boolean anyMember, @Param("memberId") long memberId,
                            @Param("day") LocalDate day, @Param("to") LocalDate to, Pageable pageable);

    @Query(value = "select s from Stationing s join fetch s.member join fetch s.object left join fetch s.workUnit"
            + " where " + IN_SCOPE + LONG + " order by s.startsOn, s.id",
            countQuery = "select count(s) from Stationing s where " + IN_SCOPE + LONG)
    Page<Stationing> stationedLong(@Param("everywhere") boolean everywhere, @Param("prefix") String prefix,
                                   @Param("anyMember") boolean anyMember, @Param("memberId") long memberId,
                                   @Param("day") LocalDate day, @Param("longFrom") LocalDate longFrom,
                                   Pageable pageable);
}
