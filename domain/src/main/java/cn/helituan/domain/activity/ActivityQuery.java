package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedKind;
import java.time.LocalDate;

/**
 * The activity list's filters, each optional: a period (from, to, inclusive), a type, a status, a unit of the reader's
 * scope (a sub-team or a group), an assisted object, the kind of object covered (villages, enterprises…), and the
 * project it was done for.
 */
public record ActivityQuery(LocalDate from, LocalDate to, Long typeId, ActivityStatus status, Long unitId,
                            Long objectId, AssistedKind kind, Long projectId) {

    public ActivityQuery(LocalDate from, LocalDate to, Long typeId, ActivityStatus status, Long unitId,
                         Long objectId, AssistedKind kind) {
        this(from, to, typeId, status, unitId, objectId, kind, null);
    }

    public ActivityQuery(LocalDate from, LocalDate to, Long typeId, ActivityStatus status) {
        this(from, to, typeId, status, null, null, null);
    }

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null);
    }

    public static ActivityQuery ofUnit(long unitId) {
        return new ActivityQuery(null, null, null, null, unitId, null, null);
    }

    public static ActivityQuery ofObject(long objectId) {
        return new ActivityQuery(null, null, null, null, null, objectId, null);
    }

    public static ActivityQuery ofProject(long projectId) {
        return new ActivityQuery(null, null, null, null, null, null, null, projectId);
    }

    public static ActivityQuery ofStatus(ActivityStatus status) {
        return new ActivityQuery(null, null, null, status);
    }
}
