package cn.helituan.persistence.team;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitOption;
import cn.helituan.domain.team.UnitPick;
import cn.helituan.domain.team.Units;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaUnits extends JpaRepository<Unit, Long>, Units, JpaUnitTree {

    @Override
    @EntityGraph(attributePaths = "parent")
    Optional<Unit> findById(Long id);


    @Override
    @Query("select count(u) from Unit u where u.parent.id = :parentId and u.archived = false")
    long countLiveChildren(@Param("parentId") Long parentId);

    @Override
    @Query("select count(m) from Membership m where m.unit.id = :unitId and m.leftOn is null")
    long countActiveMembers(@Param("unitId") Long unitId);

    @Override
    @Query("""
            select count(r) from Relationship r
            where r.group.id = :unitId and r.status = cn.helituan.domain.assisted.RelationshipStatus.ACTIVE""")
    long countActiveRelationships(@Param("unitId") Long unitId);

    @Override
    @Modifying
    @Query(value = "lock table activity in share row exclusive mode", nativeQuery = true)
    void lockActivityWrites();

    @Override
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update unit set path = :newPrefix || substring(path from char_length(:oldPrefix) + 1),
                            depth = depth + :depthDelta
            where path like :oldPrefix || '_%'""", nativeQuery = true)
    int rebase(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix,
               @Param("depthDelta") int depthDelta);

    @Override
    @Query("""
            select u from Unit u
            where u.archived = false and u.path like concat(:prefix, '%')
            order by u.treeOrder""")
    List<Unit> selectable(@Param("prefix") String pathPrefix);

    @Override
    @Query(value = "select u from Unit u where u.path like concat(:prefix, '%') order by u.treeOrder",
           countQuery = "select count(u) from Unit u where u.path like concat(:prefix, '%')")
    Page<Unit> inPath(@Param("prefix") String pathPrefix, Pageable pageable);

    @Override
    @Query("""
            select new cn.helituan.domain.team.UnitOption(u.id, u.name, u.depth) from Unit u
            where u.archived = false and u.path like concat(:prefix, '%')
            order by u.treeOrder""")
    List<UnitOption> selectableOptions(@Param("prefix") String pathPrefix);

    @Override
    @Query("""
            select new cn.helituan.domain.team.UnitKey(u.id, p.id, u.name, u.kind, u.path) from Unit u left join u.parent p
            where u.archived = false and u.path like concat(:prefix, '%')
            order by u.depth, u.treeOrder""")
    List<UnitKey> keysInside(@Param("prefix") String pathPrefix);

    @Override
    @Query("""
            select new cn.helituan.domain.team.UnitPick(u.id, u.name, u.kind, p.name) from Unit u left join u.parent p
            where u.archived = false and u.path like concat(:prefix, '%') and u.kind in :kinds
              and lower(u.name) like :pattern escape '\\'
            order by u.depth, u.name, u.id""")
    List<UnitPick> search(@Param("prefix") String pathPrefix, @Param("pattern") String namePattern,
                          @Param("kinds") Collection<UnitKind> kinds, Pageable page);

    @Override
    @Query(nativeQuery = true, value = """
            select count(*) from (select 1 from unit where not archived and path like :prefix || '%' limit :upTo) u""")
    long countSelectable(@Param("prefix") String pathPrefix, @Param("upTo") int upTo);

    @Override
    @Query("""
            select new cn.helituan.domain.team.UnitOption(u.id, u.name, u.depth) from Unit u
            where u.archived = false and u.path like concat(:prefix, '%')
              and (u.depth <= :maxDepth or u.parent.id in :open)
            order by u.treeOrder""")
    List<UnitOption> openTree(@Param("prefix") String pathPrefix, @Param("maxDepth") int maxDepth,
                        @Param("open") Collection<Long> openParentIds);
}
