package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedQuery;
import cn.helituan.domain.common.EnumSetColumn;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The register's search: text in name, code or contact; kind; region (the region and every region under it, by
 * path); village category; industrial chain; with or without an active relationship. Two statements per page: the page, with region and chain fetched, and
 * the count. Objects number in the hundreds or thousands per deployment, not tens of thousands.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaAssistedSearchImpl implements JpaAssistedSearch {

    private final EntityManager em;
    private final Clock clock;

    @Override
    public Page<AssistedObject> search(AssistedQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!query.includeArchived()) {
            where.append(" and o.archived = false");
        }
        String text = query.text() == null ? "" : query.text().trim();
        if (!text.isEmpty()) {
            where.append(" and (lower(o.name) like :text escape '\\' or lower(o.code) like :text escape '\\'"
                    + " or lower(coalesce(o.contactName, '')) like :text escape '\\')");
            params.put("text", "%" + escape(text.toLowerCase()) + "%");
        }
        if (query.kind() != null) {
            where.append(" and o.kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.regionId() != null) {
            where.append(" and exists (select 1 from Region r, Region inside where r.id = :regionId"
                    + " and inside.id = o.region.id and inside.path like concat(r.path, '%'))");
            params.put("regionId", query.regionId());
        }
        if (query.category() != null) {
            where.append(" and o.categoriesColumn like :category");
            params.put("category", EnumSetColumn.pattern(query.category()));
        }
        if (query.paired() != null) {
            where.append(query.paired() ? " and exists" : " and not exists").append(
                    " (select 1 from Relationship r where r.object = o"
                    // in force today by its dates (a term past its end date is not 在期), today in the
                    // deployment's zone (the database's current_date is the session's zone's)
                    + " and r.startsOn <= :today and r.endsOn >= :today"
                    + " and (r.endedOn is null or r.endedOn >= :today))");
            params.put("today", LocalDate.now(clock));
        }
        if (query.chainId() != null) {
            where.append(" and o.chain.id = :chainId");
            params.put("chainId", query.chainId());
        }
        TypedQuery<AssistedObject> rows = em.createQuery("select o from AssistedObject o"
                + " left join fetch o.region left join fetch o.chain" + where + " order by o.name, o.id",
                AssistedObject.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from AssistedObject o" + where, Long.class);
        params.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AssistedObject> content = rows.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
