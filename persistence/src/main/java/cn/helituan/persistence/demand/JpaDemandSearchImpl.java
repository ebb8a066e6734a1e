package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandFilter;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.domain.demand.DemandTally;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demand list in three statements whatever its filters and page size: how many match, the page's ids (on the
 * V17 indexes, latest raised first), and those rows with object and category. Only the filters in use are in the
 * statement. A scope path reads the demands of objects paired (now or before) with a group under it and those whose
 * project a group under it owns.
 */
class JpaDemandSearchImpl implements JpaDemandSearch {

    private final EntityManager em;

    JpaDemandSearchImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Demand> find(DemandFilter filter, long offset, int limit) {
        Where where = where(filter);
        Query ids = em.createNativeQuery("select d.id from demand d" + where.sql
                + " order by d.created_at desc, d.id desc limit :limit offset :offset");
        where.params.forEach(ids::setParameter);
        ids.setParameter("limit", limit);
        ids.setParameter("offset", offset);
        List<Long> page = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select d from Demand d join fetch d.object join fetch d.category
                        where d.id in :ids order by d.createdAt desc, d.id desc""", Demand.class)
                .setParameter("ids", page).getResultList();
    }

    @Override
    public long count(DemandFilter filter) {
        Where where = where(filter);
        Query query = em.createNativeQuery("select count(*) from demand d" + where.sql);
        where.params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public DemandTally tally(DemandFilter filter) {
        Where where = where(filter);
        Query query = em.createNativeQuery("select count(*),"
                + " count(*) filter (where d.status = 'RESOLVED'),"
                + " count(*) filter (where d.status not in ('RESOLVED', 'DECLINED', 'UNSOLVABLE')),"
                + " count(*) filter (where d.status not in ('RESOLVED', 'DECLINED', 'UNSOLVABLE')"
                + " and d.wanted_by < current_date),"
                + " count(*) filter (where d.status = 'DECLINED'),"
                + " count(*) filter (where d.status = 'UNSOLVABLE')"
                + " from demand d" + where.sql);
        where.params.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        return new DemandTally(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static Where where(DemandFilter f) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.objectId() != null) {
            sql.append(" and d.object_id = :objectId");
            params.put("objectId", f.objectId());
        }
        if (f.pathPrefix() != null) {
            sql.append(" and (d.object_id in (select r.object_id from assistance_relationship r join unit g"
                    + " on g.id = r.group_id where g.path like :prefix)"
                    + " or d.id in (select p.demand_id from project p join unit pg on pg.id = p.group_id"
                    + " where pg.path like :prefix))");
            params.put("prefix", f.pathPrefix().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.statuses() != null) {
            sql.append(" and d.status in (:statuses)");
            params.put("statuses", f.statuses().stream().map(DemandStatus::name).toList());
        }
        if (f.categoryId() != null) {
            sql.append(" and d.category_id = :categoryId");
            params.put("categoryId", f.categoryId());
        }
        if (f.urgency() != null) {
            sql.append(" and d.urgency = :urgency");
            params.put("urgency", f.urgency().name());
        }
        if (f.overdueOn() != null) {
            sql.append(" and d.wanted_by < :overdueOn");
            params.put("overdueOn", Date.valueOf(f.overdueOn()));
        }
        if (f.raisedFrom() != null) {
            sql.append(" and d.created_at >= :from");
            params.put("from", Timestamp.from(f.raisedFrom()));
        }
        if (f.raisedBefore() != null) {
            sql.append(" and d.created_at < :to");
            params.put("to", Timestamp.from(f.raisedBefore()));
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
