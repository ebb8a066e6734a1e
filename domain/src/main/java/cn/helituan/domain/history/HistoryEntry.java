package cn.helituan.domain.history;

import java.time.Instant;
import java.util.List;

/** One save of a record: who, when, and each field's old and new value ({@code changes} empty on creation). */
public record HistoryEntry(Instant at, String by, String action, List<Change> changes) {

    public record Change(String field, String oldValue, String newValue) {
    }
}
