package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectFilter;
import cn.helituan.domain.demand.ProjectStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** The project list: a count and a page by deadline with each row's group, demand and object fetched. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaProjectSearchImpl implements JpaProjectSearch {

    private final EntityManager em;

    @Override
    public Page<Project> find(ProjectFilter f, Pageable pageable) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        long total = count(f);
        if (total <= pageable.getOffset()) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        TypedQuery<Project> page = em.createQuery("select p from Project p join fetch p.group g"
                + " join fetch p.demand d join fetch d.object left join fetch p.responsible" + where
                + " order by p.deadline, p.id", Project.class);
        params.forEach(page::setParameter);
        page.setFirstResult((int) pageable.getOffset());
        page.setMaxResults(pageable.getPageSize());
        return new PageImpl<>(page.getResultList(), pageable, total);
    }

    @Override
    public long count(ProjectFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        TypedQuery<Long> count = em.createQuery("select count(p) from " + countFrom(f) + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The count joins only the tables its filter reads: joined to every demand and group, counting the active projects
     * hashed 50,000 demands (an inner join the planner cannot drop); alone it is an index-only scan.
     */
    private static String countFrom(ProjectFilter f) {
        return "Project p" + (f.pathPrefix() != null ? " join p.group g" : "")
                + (f.objectId() != null ? " join p.demand d" : "");
    }

    private static String where(ProjectFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (f.pathPrefix() != null) {
            where.append(" and g.path like :prefix");
            params.put("prefix", f.pathPrefix() + "%");
        }
        if (f.groupId() != null) {
            where.append(" and p.group.id = :groupId");
            params.put("groupId", f.groupId());
        }
        if (f.objectId() != null) {
            where.append(" and d.object.id = :objectId");
            params.put("objectId", f.objectId());
        }
        if (f.overdueOn() != null) {
            where.append(" and p.status = :active and p.deadline < :today");
            params.put("active", ProjectStatus.ACTIVE);
            params.put("today", f.overdueOn());
        } else if (f.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", f.status());
        }
        return where.toString();
    }
}
