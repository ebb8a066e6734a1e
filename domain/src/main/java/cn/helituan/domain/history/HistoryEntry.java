package cn.helituan.domain.history;

import java.time.Instant;
import java.util.List;

/**
 * One save of a record: which record (its id), who ({@code by}, the user name the rules compare; {@code byName}, the
 * person's name the pages show), when, and each field's old and new value ({@code changes} empty on creation).
 */
public record HistoryEntry(long recordId, Instant at, String by, String action, List<Change> changes,
                           String byName) {

    public HistoryEntry(long recordId, Instant at, String by, String action, List<Change> changes) {
        this(recordId, at, by, action, changes, by);
    }

    /** An entry whose record is known from the context (the page of that one record). */
    public HistoryEntry(Instant at, String by, String action, List<Change> changes) {
        this(0, at, by, action, changes, by);
    }

    public record Change(String field, String oldValue, String newValue) {
    }
}
