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
}
