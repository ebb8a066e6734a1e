package cn.helituan.domain.history;

import java.util.List;

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

    /** An entry of {@link #of(java.util.Map)}: {@code type} the simple name of the record's class. */
    record TypedEntry(String type, HistoryEntry entry) {
    }
}
