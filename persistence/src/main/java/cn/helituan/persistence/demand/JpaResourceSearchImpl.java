package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.ResourceFilter;
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

/**
 * The resource list: a count and a page with each row's category and declarer fetched, only the filters in use in
 * the statement. A scope path reads the resources of groups under it, of members with a membership under it, and of
 * work units.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaResourceSearchImpl implements JpaResourceSearch {

    private final EntityManager em;

    @Override
    public Page<AidResource> find(ResourceFilter f, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where r.archived = :archived");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("archived", f.archived());
        if (f.pathPrefix() != null) {
            where.append(" and (r.workUnit is not null or g.path like :prefix or exists (select 1 from Membership s"
                    + " join s.unit u where s.member = m and s.leftOn is null and u.path like :prefix))");
            params.put("prefix", f.pathPrefix() + "%");
        }
        if (f.memberId() != null) {
            where.append(" and (m.id = :memberId or g.id in (select s.unit.id from Membership s"
                    + " where s.member.id = :memberId and s.leftOn is null))");
            params.put("memberId", f.memberId());
        }
        if (f.groupId() != null) {
            where.append(" and (g.id = :groupId or exists (select 1 from Membership s where s.member = m"
                    + " and s.unit.id = :groupId and s.leftOn is null))");
            params.put("groupId", f.groupId());
        }
        if (f.categoryId() != null) {
            where.append(" and r.category.id = :categoryId");
            params.put("categoryId", f.categoryId());
        }
        if (f.unit() != null) {
            where.append(" and r.capacityUnit = :unit");
            params.put("unit", f.unit());
        }
        if (f.availableOn() != null) {
            where.append(" and r.allocated < r.capacity and (r.availableFrom is null or r.availableFrom <= :day)"
                    + " and (r.availableTo is null or r.availableTo >= :day)");
            params.put("day", f.availableOn());
        }
        String from = " from AidResource r left join r.group g left join r.member m";
        TypedQuery<Long> count = em.createQuery("select count(r)" + from + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total <= pageable.getOffset()) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        TypedQuery<AidResource> page = em.createQuery("select r from AidResource r join fetch r.category"
                + " left join fetch r.group g left join fetch r.member m left join fetch r.workUnit" + where
                + " order by r.id desc", AidResource.class);
        params.forEach(page::setParameter);
        page.setFirstResult((int) pageable.getOffset());
        page.setMaxResults(pageable.getPageSize());
        return new PageImpl<>(page.getResultList(), pageable, total);
    }
}
