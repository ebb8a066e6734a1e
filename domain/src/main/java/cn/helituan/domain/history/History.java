package cn.helituan.domain.history;

import java.util.List;

/** Reads the change history of a record, newest first. Callers check the scope before asking. */
public interface History {
    List<HistoryEntry> of(Class<?> type, long id);

    /** The history of several records of one type merged, newest first (a record's parts: one query, not one each). */
    default List<HistoryEntry> of(Class<?> type, java.util.Collection<Long> ids) {
        List<HistoryEntry> entries = new java.util.ArrayList<>();
        ids.forEach(id -> entries.addAll(of(type, id)));
        entries.sort((a, b) -> b.at().compareTo(a.at()));
        return entries;
    }

    /**
     * The histories of a record and its parts read together, newest first: for each type (in the map's order) the
     * records asked, each entry with the simple name of its type. One query where the implementation can.
     */
    default List<TypedEntry> of(java.util.Map<Class<?>, ? extends java.util.Collection<Long>> records) {
        List<TypedEntry> entries = new java.util.ArrayList<>();
        records.forEach((type, ids) -> of(type, ids).forEach(e -> entries.add(new TypedEntry(type.getSimpleName(), e))));
        entries.sort((a, b) -> b.entry().at().compareTo(a.entry().at()));
        return entries;
    }

    /** An entry of {@link #of(java.util.Map)}: {@code type} the simple name of the record's class. */
    record TypedEntry(String type, HistoryEntry entry) {
    }
}
