package cn.helituan.domain.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the change history of a record, newest first. Callers check the scope before asking. */
public interface History {
    List<HistoryEntry> of(Class<?> type, long id);

    /** The history of several records of one type merged, newest first (a record's parts: one query, not one each). */
    List<HistoryEntry> of(Class<?> type, java.util.Collection<Long> ids);

    /**
     * The histories of a record and its parts read together, newest first: for each type the records asked, each
     * entry with the simple name of its type; each type's newest 500 rows. One query.
     */
    List<TypedEntry> of(java.util.Map<Class<?>, ? extends java.util.Collection<Long>> records);

    /**
     * The history of a record ({@code record}: its type, in {@code names} with its id) and its parts in one read,
     * newest first, each part's entry named by the part's name on the page ({@code names}: by type, each record's id to
     * its name); the record's own entries carry no name: they are the page's subject.
     */
    default List<PartHistory> withParts(Class<?> record, Map<Class<?>, Map<Long, String>> names) {
        Map<Class<?>, Collection<Long>> ids = new HashMap<>();
        Map<String, Map<Long, String>> subjects = new HashMap<>();
        names.forEach((type, byId) -> {
            ids.put(type, byId.keySet());
            if (type != record) {
                subjects.put(type.getSimpleName(), byId);
            }
        });
        return of(ids).stream()
                .map(e -> new PartHistory(e.entry(), e.type(), subjects.getOrDefault(e.type(), Map.of())
                        .get(e.entry().recordId())))
                .toList();
    }

    /** An entry of {@link #of(java.util.Map)}: {@code type} the simple name of the record's class. */
    record TypedEntry(String type, HistoryEntry entry) {
    }
}
