package cn.helituan.domain.history;

import java.util.List;

/** Reads the change history of a record, newest first. Callers check the scope before asking. */
public interface History {
    List<HistoryEntry> of(Class<?> type, long id);
}
