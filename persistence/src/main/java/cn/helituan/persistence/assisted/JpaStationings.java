package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.Stationings;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaStationings extends JpaRepository<Stationing, Long>, Stationings {

    @Override
    @Query("""
            select s from Stationing s join fetch s.member left join fetch s.workUnit
            where s.object.id = :objectId
            order by case when s.endsOn is null then 0 else 1 end, s.role, s.startsOn desc, s.id desc""")
    List<Stationing> ofObject(@Param("objectId") Long objectId);

    @Override
    @Query("select count(s) > 0 from Stationing s where s.object.id = :objectId and s.endsOn is null")
    boolean existsOpen(@Param("objectId") Long objectId);

    @Override
    @Query("""
            select count(s) > 0 from Stationing s
            where s.object.id = :objectId and s.endsOn is null and s.role = :role""")
    boolean existsOpenInRole(@Param("objectId") Long objectId, @Param("role") StationRole role);

    @Override
    @Query("""
            select count(s) > 0 from Stationing s
            where s.member.id = :memberId and (s.endsOn is null or s.endsOn >= :day)""")
    boolean memberStationedFrom(@Param("memberId") Long memberId, @Param("day") LocalDate day);

    @Override
    @Query("""
            select s from Stationing s join fetch s.object
            where s.member.id = :memberId and s.startsOn <= :day and (s.endsOn is null or s.endsOn >= :day)
            order by s.startsOn desc, s.id desc""")
    List<Stationing> currentOfMember(@Param("memberId") Long memberId, @Param("day") LocalDate day);

    @Override
    default Page<Stationing> register(String prefix, LocalDate day, Long memberId, String name, StationRole role,
                                      Boolean open, LocalDate on, Pageable pageable) {
        // no null parameters: PostgreSQL cannot type an untyped null in "? is null" (it arrives as bytea)
        return registerPage(prefix == null, prefix == null ? "" : prefix, day, memberId == null,
                memberId == null ? -1L : memberId, name == null ? "%" : name, role == null,
                role == null ? StationRole.FIRST_SECRETARY : role, open == null ? 0 : open ? 1 : 2, on == null,
                on == null ? day : on, pageable);
    }

    @Query(value = """
            select s from Stationing s join fetch s.member m join fetch s.object o left join fetch s.workUnit
            where (:everywhere = true or exists (select r from Relationship r join r.group g
                                                 where r.object = o and g.path like concat(:prefix, '%')
                                                   and r.startsOn <= :day and r.endsOn >= :day
                                                   and (r.endedOn is null or r.endedOn >= :day)))
              and (:anyMember = true or m.id = :memberId)
              and (lower(m.name) like :name or lower(o.name) like :name)
              and (:anyRole = true or s.role = :role)
              and (:state = 0 or (:state = 1 and s.endsOn is null) or (:state = 2 and s.endsOn is not null))
              and (:anyDay = true or (s.startsOn <= :on and (s.endsOn is null or s.endsOn >= :on)))
            order by s.startsOn desc, s.id desc""",
            countQuery = """
            select count(s) from Stationing s join s.member m join s.object o
            where (:everywhere = true or exists (select r from Relationship r join r.group g
                                                 where r.object = o and g.path like concat(:prefix, '%')
                                                   and r.startsOn <= :day and r.endsOn >= :day
                                                   and (r.endedOn is null or r.endedOn >= :day)))
              and (:anyMember = true or m.id = :memberId)
              and (lower(m.name) like :name or lower(o.name) like :name)
              and (:anyRole = true or s.role = :role)
              and (:state = 0 or (:state = 1 and s.endsOn is null) or (:state = 2 and s.endsOn is not null))
              and (:anyDay = true or (s.startsOn <= :on and (s.endsOn is null or s.endsOn >= :on)))""")
    Page<Stationing> registerPage(@Param("everywhere") boolean everywhere, @Param("prefix") String prefix,
                                  @Param("day") LocalDate day, @Param("anyMember") boolean anyMember, @Param("memberId") long memberId,
                                  @Param("name") String name, @Param("anyRole") boolean anyRole,
                                  @Param("role") StationRole role, @Param("state") int state,
                                  @Param("anyDay") boolean anyDay, @Param("on") LocalDate on, Pageable pageable);
}
