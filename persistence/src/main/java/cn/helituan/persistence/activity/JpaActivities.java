package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.Activities;
import cn.helituan.domain.activity.Activity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaActivities extends JpaRepository<Activity, Long>, Activities, JpaActivitySearch {

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

    @Override
    @EntityGraph(attributePaths = {"group", "type"})
    List<Activity> findAllByIdIn(Collection<Long> ids);
}
