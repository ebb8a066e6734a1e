package cn.helituan.app.reminder;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import java.util.List;

/**
 * The reminders sent (ReminderController), org admins' only: every outsider and the reviewer are refused the list,
 * with or without its filters.
 */
class ReminderProbes implements FeatureProbes {

    private static final List<String> REFUSED = List.of("subteam", "leader", "member", "secretary", "reviewer");

    @Override
    public List<Probe> probes() {
        return new ProbeSet()
                .refused(REFUSED, "GET", "/reminders")
                .refused(REFUSED, "GET", "/reminders", "kind", "PLAN_DEADLINE", "day", "2026-03-24")
                .probes();
    }
}
