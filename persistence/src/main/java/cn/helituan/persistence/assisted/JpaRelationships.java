package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.ObjectPick;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.team.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaRelationships extends JpaRepository<Relationship, Long>, Relationships {

    @Override
    @Query("""
            select r from Relationship r join fetch r.group join fetch r.object left join fetch r.renewalOf
            where r.id = :id""")
    Optional<Relationship> findById(@Param("id") Long id);

    @Override
    @Query("""
            select r from Relationship r join fetch r.group g
            where r.object.id = :objectId and g.path like concat(:prefix, '%')
            order by r.startsOn desc, r.id desc""")
    List<Relationship> ofObject(@Param("objectId") Long objectId, @Param("prefix") String pathPrefix);

    @Override
    @Query("""
            select r from Relationship r join fetch r.object
            where r.group.id = :groupId order by r.startsOn desc, r.id desc""")
    List<Relationship> ofGroup(@Param("groupId") Long groupId);

    @Override
    @Query("""
            select count(r) > 0 from Relationship r
            where r.group.id = :groupId and r.object.id = :objectId
              and r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE""")
    boolean existsActive(@Param("groupId") Long groupId, @Param("objectId") Long objectId);

    @Override
    @Query("""
            select count(r) from Relationship r
            where r.object.id = :objectId and r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE""")
    long countActiveOfObject(@Param("objectId") Long objectId);

    @Override
    @Query("""
            select count(r) > 0 from Relationship r join r.group g
            where r.object.id = :objectId and g.path like concat(:prefix, '%')""")
    boolean pairedInPath(@Param("objectId") Long objectId, @Param("prefix") String pathPrefix);

    @Override
    @Query("""
            select count(r) > 0 from Relationship r join r.group g
            where r.object.id = :objectId and g.path like concat(:prefix, '%')
              and r.startsOn <= :day and r.endsOn >= :day and (r.endedOn is null or r.endedOn >= :day)""")
    boolean pairedInPathOn(@Param("objectId") Long objectId, @Param("prefix") String pathPrefix,
                           @Param("day") LocalDate day);

    @Override
    @Query(value = """
            select r from Relationship r join fetch r.group g join fetch r.object
            where r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE
              and g.path like concat(:prefix, '%') and r.endsOn <= :day
            order by r.endsOn, g.treeOrder""",
            countQuery = """
            select count(r) from Relationship r join r.group g
            where r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE
              and g.path like concat(:prefix, '%') and r.endsOn <= :day""")
    Page<Relationship> activeEndingBy(@Param("prefix") String pathPrefix, @Param("day") LocalDate day,
                                      Pageable pageable);

    @Override
    @Query(value = """
            select r from Relationship r join fetch r.group g join fetch r.object o
            where g.path like concat(:prefix, '%') and g.archived = false and o.archived = false
            order by g.treeOrder, o.code, r.startsOn, r.id""", countQuery = """
            select count(r) from Relationship r join r.group g join r.object o
            where g.path like concat(:prefix, '%') and g.archived = false and o.archived = false""")
    Page<Relationship> inPath(@Param("prefix") String pathPrefix, Pageable pageable);

    @Override
    @Query(value = """
            select u from Unit u
            where u.kind = cn.helituan.domain.team.UnitKind.GROUP and u.archived = false
              and u.path like concat(:prefix, '%')
              and not exists (select 1 from Relationship r where r.group = u
                              and r.startsOn <= :day and r.endsOn >= :day
                              and (r.endedOn is null or r.endedOn >= :day))
            order by u.treeOrder""",
            countQuery = """
            select count(u) from Unit u
            where u.kind = cn.helituan.domain.team.UnitKind.GROUP and u.archived = false
              and u.path like concat(:prefix, '%')
              and not exists (select 1 from Relationship r where r.group = u
                              and r.startsOn <= :day and r.endsOn >= :day
                              and (r.endedOn is null or r.endedOn >= :day))""")
    Page<Unit> groupsWithoutActive(@Param("prefix") String pathPrefix, @Param("day") LocalDate day,
                                   Pageable pageable);

    /**
     * A term's state on :day, as Relationship.stateOn tells it (UPCOMING, CURRENT, EXPIRED, ENDED, RENEWED; null:
     * any). The dashboard's paired-objects statement is CURRENT's condition.
     */
    String STATE_ON_DAY = """
            (:state is null
             or (:state = 'UPCOMING' and r.startsOn > :day)
             or (:state = 'CURRENT' and r.startsOn <= :day and r.endsOn >= :day
                 and (r.endedOn is null or r.endedOn >= :day))
             or (:state = 'EXPIRED' and r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE
                 and r.endsOn < :day)
             or (:state = 'ENDED' and r.status = cn.helituan.domain.assisted.RelationshipStatus.ENDED
                 and (r.endsOn < :day or r.endedOn < :day))
             or (:state = 'RENEWED' and r.status = cn.helituan.domain.assisted.RelationshipStatus.RENEWED
                 and r.endsOn < :day))""";

    @Override
    @Query(value = """
            select r from Relationship r join fetch r.group g join fetch r.object o
            where g.path like concat(:prefix, '%') and (:kind is null or o.kind = :kind) and """ + STATE_ON_DAY + """

            order by g.treeOrder, o.name, r.startsOn, r.id""", countQuery = """
            select count(r) from Relationship r join r.group g join r.object o
            where g.path like concat(:prefix, '%') and (:kind is null or o.kind = :kind) and """ + STATE_ON_DAY)
    Page<Relationship> search(@Param("prefix") String pathPrefix, @Param("kind") AssistedKind kind,
                              @Param("state") String state, @Param("day") LocalDate day, Pageable pageable);

    @Query("""
            select count(distinct o.id), count(distinct o.chain.id) from Relationship r join r.group g join r.object o
            where g.path like concat(:prefix, '%') and (:kind is null or o.kind = :kind) and """ + STATE_ON_DAY)
    Object[] objectsAndChainsRow(@Param("prefix") String pathPrefix, @Param("kind") AssistedKind kind,
                                 @Param("state") String state, @Param("day") LocalDate day);

    @Override
    default long[] objectsAndChains(String pathPrefix, AssistedKind kind, String state, LocalDate day) {
        Object[] row = objectsAndChainsRow(pathPrefix, kind, state, day);
        Object[] values = row.length == 1 && row[0] instanceof Object[] inner ? inner : row;
        return new long[] {((Number) values[0]).longValue(), ((Number) values[1]).longValue()};
    }

    @Override
    @Query("""
            select count(o) from AssistedObject o where o.archived = false and exists (
                select 1 from Relationship r join r.group g where r.object = o
                  and r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE
                  and g.archived = false and g.path like concat(:prefix, '%'))""")
    long countPairedObjects(@Param("prefix") String pathPrefix);

    @Override
    @Query("""
            select new cn.helituan.domain.assisted.ObjectPick(o.id, o.name, o.kind) from AssistedObject o
            where o.archived = false and lower(o.name) like :pattern escape '\\' and exists (
                select 1 from Relationship r join r.group g where r.object = o
                  and r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE
                  and g.archived = false and g.path like concat(:prefix, '%'))
            order by o.name, o.id""")
    List<ObjectPick> pairedPicks(@Param("prefix") String pathPrefix, @Param("pattern") String namePattern,
                                 Pageable page);
}
