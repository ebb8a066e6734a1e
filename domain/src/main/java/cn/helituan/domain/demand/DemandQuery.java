package cn.helituan.domain.demand;

import java.time.LocalDate;

/**
 * A demand list's filters as the user chose them. {@code open}: only those still open; {@code overdue}: only those
 * open past their wished-for date.
 */
public record DemandQuery(DemandStatus status, boolean open, Long categoryId, Urgency urgency, boolean overdue,
                          Long objectId, LocalDate from, LocalDate to) {

    public static DemandQuery all() {
        return new DemandQuery(null, false, null, null, false, null, null, null);
    }

    public static DemandQuery ofObject(long objectId) {
        return new DemandQuery(null, false, null, null, false, objectId, null, null);
    }
}
