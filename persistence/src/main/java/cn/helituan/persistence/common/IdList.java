package cn.helituan.persistence.common;

import jakarta.persistence.Query;
import java.util.List;

/**
 * A list of ids as a JPQL {@code in (...)} of single parameters, padded to a few fixed sizes. Hibernate 7 keeps no
 * query plan for a query bound with a list parameter ({@code in :ids}): each call translates it to SQL again, a
 * measurable part of every list page (docs/performance.md, "The hot pages against the floor"). With {@code in
 * (:id0, …, :id31)} the query text is one of a handful — 8, 16, 32, 64… parameters — each keeping its plan; the slots
 * past the list repeat its last id, which changes nothing in an {@code in}.
 *
 * <pre>
 * IdList ids = IdList.of(page);
 * em.createQuery("select a from Activity a where a.id in " + ids.placeholders() + " order by …", Activity.class)
 * ids.bind(query);
 * </pre>
 */
public final class IdList {

    private static final int SMALLEST = 8;

    private final List<Long> ids;
    private final int size;

    private IdList(List<Long> ids, int size) {
        this.ids = ids;
        this.size = size;
    }

    /** The ids (not empty), padded to the next of 8, 16, 32… */
    public static IdList of(List<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids");
        }
        int size = SMALLEST;
        while (size < ids.size()) {
            size *= 2;
        }
        return new IdList(ids, size);
    }

    /** {@code (:id0, :id1, …)}, as many as the padded size. */
    public String placeholders() {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < size; i++) {
            text.append(i == 0 ? "" : ", ").append(":id").append(i);
        }
        return text.append(')').toString();
    }

    /** Binds each slot: the ids in order, then the last one again. */
    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < size; i++) {
            query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        return query;
    }
}
