package cn.helituan.persistence.common;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page's rows read by the ids a first statement found, in those ids' order. The first statement finds the page from
 * an index alone; this one reads only the page's rows with what the page shows of them, the ids bound as an
 * {@link IdList} so the query keeps its plan.
 *
 * <pre>
 * RowsById.inOrder(em, "select f from Finding f join fetch f.unit where f.id in ", Finding.class, ids, Finding::getId)
 * </pre>
 */
public final class RowsById {

    private RowsById() {
    }

    /** The rows of {@code ids} (the statement ends with {@code in }, the ids follow), in the ids' order. */
    public static <T> List<T> inOrder(EntityManager em, String statement, Class<T> type, List<Long> ids,
                                      Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdList list = IdList.of(ids);
        Map<Long, T> byId = list.bind(em.createQuery(statement + list.placeholders(), type)).getResultList().stream()
                .collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
