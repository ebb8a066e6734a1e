package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.Activities;
import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaActivities extends JpaRepository<Activity, Long>, Activities, JpaActivityTotals {

    @Override
    @Query(value = """
            select a from Activity a join fetch a.group g join fetch a.type t
            where exists (select 1 from Activity b join b.members m where b = a and m.id = :memberId)
              and g.path like concat(:prefix, '%')
            order by a.occurredOn desc, a.id desc""", countQuery = """
            select count(a) from Activity a join a.group g
            where exists (select 1 from Activity b join b.members m where b = a and m.id = :memberId)
              and g.path like concat(:prefix, '%')""")
    Page<Activity> ofMember(@Param("memberId") Long memberId, @Param("prefix") String pathPrefix,
                            Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"group", "type"})
    Optional<Activity> findById(Long id);

    /** A type and a status are always bound (a null one as "any"), so each list has one statement shape. */
    @Override
    default Page<Activity> inPath(String pathPrefix, LocalDate from, LocalDate to, Long typeId,
                                  ActivityStatus status, Pageable pageable) {
        return inPath(pathPrefix, from, to, typeId == null, typeId == null ? 0L : typeId, status == null,
                status == null ? ActivityStatus.REPORTED : status, pageable);
    }

    @Override
    default Page<Activity> ofObject(Long objectId, LocalDate from, LocalDate to, Long typeId, ActivityStatus status,
                                    Pageable pageable) {
        return ofObject(objectId, from, to, typeId == null, typeId == null ? 0L : typeId, status == null,
                status == null ? ActivityStatus.REPORTED : status, pageable);
    }

    @Query(value = """
            select a from Activity a join fetch a.group g join fetch a.type t
            where g.path like concat(:prefix, '%') and a.occurredOn between :from and :to
              and (:anyType = true or t.id = :typeId) and (:anyStatus = true or a.status = :status)
            order by a.occurredOn desc, a.id desc""", countQuery = """
            select count(a) from Activity a join a.group g
            where g.path like concat(:prefix, '%') and a.occurredOn between :from and :to
              and (:anyType = true or a.type.id = :typeId) and (:anyStatus = true or a.status = :status)""")
    Page<Activity> inPath(@Param("prefix") String pathPrefix, @Param("from") LocalDate from,
                          @Param("to") LocalDate to, @Param("anyType") boolean anyType, @Param("typeId") long typeId,
                          @Param("anyStatus") boolean anyStatus, @Param("status") ActivityStatus status,
                          Pageable pageable);

    @Query(value = """
            select a from Activity a join fetch a.group g join fetch a.type t
            where exists (select 1 from ActivityObject p where p.activity = a and p.object.id = :objectId)
              and a.occurredOn between :from and :to
              and (:anyType = true or t.id = :typeId) and (:anyStatus = true or a.status = :status)
            order by a.occurredOn desc, a.id desc""", countQuery = """
            select count(a) from Activity a
            where exists (select 1 from ActivityObject p where p.activity = a and p.object.id = :objectId)
              and a.occurredOn between :from and :to
              and (:anyType = true or a.type.id = :typeId) and (:anyStatus = true or a.status = :status)""")
    Page<Activity> ofObject(@Param("objectId") Long objectId, @Param("from") LocalDate from,
                            @Param("to") LocalDate to, @Param("anyType") boolean anyType, @Param("typeId") long typeId,
                            @Param("anyStatus") boolean anyStatus, @Param("status") ActivityStatus status,
                            Pageable pageable);
}
