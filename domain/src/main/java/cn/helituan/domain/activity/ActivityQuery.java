package cn.helituan.domain.activity;

import java.time.LocalDate;

/** The activity list's filters, each optional: a period (from, to, inclusive), a type, a status. */
public record ActivityQuery(LocalDate from, LocalDate to, Long typeId, ActivityStatus status) {

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null);
    }
}
