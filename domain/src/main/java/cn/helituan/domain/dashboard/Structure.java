package cn.helituan.domain.dashboard;

import cn.helituan.domain.assisted.AssistedKind;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the scope is: its people (for a past period, those in a group on {@code on}), its sub-teams and groups, and
 * on the day {@code on} (the period's last day, or today
 * while the period runs) the objects its groups are paired with by kind (each object once, however many groups it
 * has), the industrial chains of those enterprises, and the relationships in force that day (their dates, not only
 * their status: a term past its end date is no longer counted).
 */
public record Structure(long members, long subTeams, long groups, Map<AssistedKind, Long> objects, long chains,
                        long relationships, LocalDate on) {

    public long objects(AssistedKind kind) {
        return objects.getOrDefault(kind, 0L);
    }

    public long objectTotal() {
        return objects.values().stream().mapToLong(Long::longValue).sum();
    }
}
