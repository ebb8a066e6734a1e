package cn.helituan.domain.dashboard;

import cn.helituan.domain.assisted.AssistedKind;
import java.util.Map;

/**
 * What the scope is today: its people, its sub-teams and groups, the objects its groups are actively paired with by
 * kind (each object once, however many groups it has), the industrial chains of those enterprises, and the active
 * relationships.
 */
public record Structure(long members, long subTeams, long groups, Map<AssistedKind, Long> objects, long chains,
                        long relationships) {

    public long objects(AssistedKind kind) {
        return objects.getOrDefault(kind, 0L);
    }

    public long objectTotal() {
        return objects.values().stream().mapToLong(Long::longValue).sum();
    }
}
