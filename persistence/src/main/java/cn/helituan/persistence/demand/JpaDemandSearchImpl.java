package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandFilter;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.domain.demand.DemandTally;
import cn.helituan.persistence.common.IdList;
import cn.helituan.persistence.common.PageClause;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The demand list in three statements whatever its filters and page size: how many match by status (the tally, whose
 * sum is the list's total), the page's ids (on the V17 indexes, latest raised first), and those rows with object and
 * category. Only the filters in use are in the
 * statement. A scope path reads the demands of objects paired (now or before) with a group under it and those whose
 * project a group under it owns.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaDemandSearchImpl implements JpaDemandSearch {

    /**
     * The open statuses as SQL text (the enum's names): bound as six parameters, the overdue count was planned again
     * on every dashboard and demand list (its generic plan priced above the custom one).
     */
    private static final String OPEN = java.util.Arrays.stream(DemandStatus.values()).filter(DemandStatus::isOpen)
            .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));

    private final EntityManager em;
    private final Clock clock;

    @Override
    public List<Demand> find(DemandFilter filter, long offset, int limit) {
        Where where = where(filter);
        Query ids = em.createNativeQuery("select d.id from demand d" + where.sql
                + " order by d.created_at desc, d.id desc" + PageClause.of(offset, limit));
        where.params.forEach(ids::setParameter);
        List<Long> page = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        IdList list = IdList.of(page);
        return list.bind(em.createQuery("select d from Demand d join fetch d.object join fetch d.category where d.id in "
                + list.placeholders() + " order by d.createdAt desc, d.id desc", Demand.class)).getResultList();
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
        if (unfiltered(filter)) {
            return wholeDeployment();
        }
        // one pass grouped by status and lateness (at most 27 rows, summed here) rather than six filtered counts
        // of every row: on an index-only scan of demand_tally_idx (V19) when no other column is filtered
        Where where = where(filter);
        // overdue: before today in the deployment's zone (the database's current_date is the session's zone's)
        Query query = em.createNativeQuery("select d.status, d.wanted_by < :today, count(*) from demand d"
                + where.sql + " group by 1, 2");
        where.params.forEach(query::setParameter);
        query.setParameter("today", Date.valueOf(LocalDate.now(clock)));
        Map<DemandStatus, Long> byStatus = new EnumMap<>(DemandStatus.class);
        long overdue = 0;
        for (Object o : query.getResultList()) {
            Object[] row = (Object[]) o;
            DemandStatus status = DemandStatus.valueOf((String) row[0]);
            long count = n(row[2]);
            byStatus.merge(status, count, Long::sum);
            overdue += status.isOpen() && Boolean.TRUE.equals(row[1]) ? count : 0;
        }
        return DemandTally.of(byStatus, overdue);
    }

    /** The whole deployment's list, no filter in use: the figures the triggers of V20 keep, and the overdue ones. */
    private static boolean unfiltered(DemandFilter f) {
        return f.objectId() == null && f.pathPrefix() == null && f.statuses() == null && f.categoryId() == null
                && f.urgency() == null && f.overdueOn() == null && f.raisedFrom() == null && f.raisedBefore() == null;
    }

    /**
     * The whole deployment's figures without counting its demands: by status from {@code demand_status_tally} (kept
     * in the writing transaction), the overdue ones (which move with the date) on the (status, wanted_by) index.
     */
    private DemandTally wholeDeployment() {
        Map<DemandStatus, Long> byStatus = new EnumMap<>(DemandStatus.class);
        for (Object o : em.createNativeQuery("select status, n from demand_status_tally").getResultList()) {
            Object[] row = (Object[]) o;
            byStatus.put(DemandStatus.valueOf((String) row[0]), n(row[1]));
        }
        long overdue = n(em.createNativeQuery("select count(*) from demand d where d.status in (" + OPEN + ")"
                        + " and d.wanted_by < :today")
                .setParameter("today", Date.valueOf(LocalDate.now(clock))).getSingleResult());
        return DemandTally.of(byStatus, overdue);
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
            // one list of ids from both ways in (a union, read on the objects' and the groups' indexes): an "or" of
            // two subqueries is a filter on every demand
            sql.append(" and d.id in (select sd.id from demand sd join assistance_relationship r"
                    + " on r.object_id = sd.object_id join unit g on g.id = r.group_id where g.path like :prefix"
                    + " union select p.demand_id from project p join unit pg on pg.id = p.group_id"
                    + " where pg.path like :prefix)");
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
