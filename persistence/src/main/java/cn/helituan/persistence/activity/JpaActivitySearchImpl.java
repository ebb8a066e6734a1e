package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityFilter;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityTotals;
import cn.helituan.domain.activity.Figure;
import cn.helituan.persistence.common.IdList;
import cn.helituan.persistence.common.PageClause;
import cn.helituan.persistence.common.PathRange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The activity list in three statements whatever its filters and page size: how many match (up to a cap), the
 * page's ids, and those rows with their group and type; the totals (every figure summed as reported and as confirmed)
 * in one more, when asked for. Only the filters in use are in the statement, so each combination has its own plan on the indexes of V13 and V15:
 * <ul>
 *   <li>one group: the (group, date, id) index, already in the list's order;</li>
 *   <li>a path (a sub-team, a team, a reviewer's scope): the groups under it as a range of paths (see
 *       JpaMemberSearchImpl for why a range and not LIKE), the whole deployment with no condition at all, walked on
 *       the (date, id) index;</li>
 *   <li>an object (a first secretary's village): its activity_object rows by (object, activity).</li>
 * </ul>
 * Without a status filter, withdrawn activities are left out (the list, its count, its totals and the dashboard's
 * figure agree); the status filter WITHDRAWN lists them. The figures' columns are named after {@link Figure}
 * (FUNDS_SECURED → funds_secured).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaActivitySearchImpl implements JpaActivitySearch {

    private static final String SUMS;

    static {
        StringBuilder sums = new StringBuilder("count(*), count(*) filter (where a.status <> 'WITHDRAWN'),"
                + " count(*) filter (where a.status = 'CONFIRMED')");
        for (Figure figure : Figure.values()) {
            String column = "a." + figure.name().toLowerCase();
            sums.append(", coalesce(sum(").append(column).append(") filter (where a.status <> 'WITHDRAWN'), 0)")
                    .append(", coalesce(sum(").append(column).append(") filter (where a.status = 'CONFIRMED'), 0)");
        }
        SUMS = sums.toString();
    }

    private final EntityManager em;

    @Override
    public List<Activity> find(ActivityFilter filter, long offset, int limit) {
        // the page's ids on the indexes, then those rows with group and type (a join fetch over the whole match
        // would make PostgreSQL join before it limits)
        Where where = where(filter, true);
        Query ids = em.createNativeQuery("select a.id from activity a" + where.sql
                + " order by a.occurred_on desc, a.id desc" + PageClause.of(offset, limit));
        where.params.forEach(ids::setParameter);
        return rows(ids);
    }

    /** The activities whose ids the query lists, with group and type, in list order. */
    private List<Activity> rows(Query ids) {
        List<Long> page = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        IdList list = IdList.of(page);
        return list.bind(em.createQuery("select a from Activity a join fetch a.group join fetch a.type where a.id in "
                + list.placeholders() + " order by a.occurredOn desc, a.id desc", Activity.class)).getResultList();
    }

    @Override
    public long count(ActivityFilter filter, long cap) {
        Where where = where(filter, false);
        Query query = em.createNativeQuery(cap == Long.MAX_VALUE
                ? "select count(*) from activity a" + where.sql
                : "select count(*) from (select 1 from activity a" + where.sql + " limit :cap) c");
        where.params.forEach(query::setParameter);
        if (cap != Long.MAX_VALUE) {
            query.setParameter("cap", cap);
        }
        return count(query.getSingleResult());
    }

    @Override
    public ActivityTotals totals(ActivityFilter filter) {
        Where where = where(filter, false);
        Query query = em.createNativeQuery("select " + SUMS + " from activity a" + where.sql);
        where.params.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        Map<Figure, BigDecimal> reported = new EnumMap<>(Figure.class);
        Map<Figure, BigDecimal> confirmed = new EnumMap<>(Figure.class);
        int column = 3;
        for (Figure figure : Figure.values()) {
            reported.put(figure, decimal(row[column++]));
            confirmed.put(figure, decimal(row[column++]));
        }
        return new ActivityTotals(count(row[0]), count(row[1]), count(row[2]), reported, confirmed);
    }

    /**
     * The filter's conditions on "activity a", with their parameters. A path's groups are, for a page, an array the
     * walk along an index checks each row against: the list's statements are prepared, and a generic plan, blind to
     * how many groups and rows the values mean, joins a city's groups to a type's whole year (36,000 rows) and sorts
     * them (5 ms) where the walk stops at the 20th (0.7 ms). For counting and adding up, where every match is read
     * anyway, they stay a join.
     */
    record Where(String sql, Map<String, Object> params) {
    }

    static Where where(ActivityFilter f, boolean page) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.groupId() != null) {
            sql.append(" and a.group_id = :groupId");
            params.put("groupId", f.groupId());
        } else if (f.pathPrefix() != null && !f.pathPrefix().isEmpty()) {
            String prefix = f.pathPrefix();
            sql.append(page ? " and a.group_id = any(array(select g.id from unit g where g.path ~>=~ :prefix"
                    + " and g.path ~<~ :prefixEnd))" : " and a.group_id in (select g.id from unit g where"
                    + " g.path ~>=~ :prefix and g.path ~<~ :prefixEnd)");
            params.put("prefix", prefix);
            params.put("prefixEnd", PathRange.end(prefix));
        }
        boolean ownWord = f.status() != null && f.objectsOwnWord() && f.objectId() != null
                && f.status() != ActivityStatus.WITHDRAWN;
        if (f.objectId() != null && !ownWord) {
            // (the object's own word below reads its own row of the object: this test again made a join PostgreSQL
            // planned anew on every check-in page)
            sql.append(" and exists (select 1 from activity_object p where p.activity_id = a.id"
                    + " and p.object_id = :objectId)");
            params.put("objectId", f.objectId());
        }
        if (f.kind() != null) {
            sql.append(" and exists (select 1 from activity_object k join assisted_object o on o.id = k.object_id"
                    + " where k.activity_id = a.id and o.kind = :kind)");
            params.put("kind", f.kind().name());
        }
        if (f.from() != null) {
            sql.append(" and a.occurred_on >= :from");
            params.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and a.occurred_on <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        if (f.typeId() != null) {
            sql.append(" and a.type_id = :typeId");
            params.put("typeId", f.typeId());
        }
        if (ownWord) {
            // the object's own word on it (a first secretary's list): what they have still to confirm, confirmed…
            sql.append(" and a.status <> 'WITHDRAWN' and exists (select 1 from activity_object w where"
                    + " w.activity_id = a.id and w.object_id = :objectId and w.status = :status)");
            params.put("objectId", f.objectId());
            params.put("status", f.status().name());
        } else if (f.status() != null) {
            sql.append(" and a.status = :status");
            params.put("status", f.status().name());
        } else {
            // withdrawn activities are kept but listed only when asked for: the list counts what the dashboard does
            sql.append(" and a.status <> 'WITHDRAWN'");
        }
        if (f.projectId() != null) {
            sql.append(" and a.project_id = :projectId");
            params.put("projectId", f.projectId());
        }
        return new Where(sql.toString(), params);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** V37: the tally triggers of this transaction stage their deltas; they are counted once, at commit. */
    @Override
    public void deferTallies() {
        em.createNativeQuery("select set_config('helituan.activity_tally_deferred', 'on', true)").getSingleResult();
    }
}
