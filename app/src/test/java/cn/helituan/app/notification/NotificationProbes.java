package cn.helituan.app.notification;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.notification.NotificationService;
import cn.helituan.domain.notification.RankingFactor;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly notifications probed by the outsiders with a draft of the welfare sub-team's (last month's, generated
 * here by that sub-team's leader: the demo county has none).
 */
class NotificationProbes implements FeatureProbes {

    private static final List<String> ROSTER = List.of("subteam", "leader", "member");

    private final JdbcTemplate jdbc;
    private final long notification;

    NotificationProbes(JdbcTemplate jdbc, Demo demo, NotificationService notifications) {
        this.jdbc = jdbc;
        long welfare = demo.unitId(Demo.WELFARE);
        List<Long> drafts = jdbc.queryForList("""
                select id from monthly_notification where scope_unit_id = ? and status = 'DRAFT' order by id""",
                Long.class, welfare);
        if (drafts.isEmpty()) {
            String path = jdbc.queryForObject("select path from unit where id = ?", String.class, welfare);
            Scope welfareLeader = new Scope(null, "probe", Role.SUB_TEAM_LEADER, welfare, path, null, null);
            notification = notifications.generate(welfareLeader, notifications.lastMonth()).getId();
        } else {
            notification = drafts.get(0);
        }
    }

    @Override
    public List<Probe> probes() {
        String n = "/notifications/" + notification;
        String v = String.valueOf(jdbc.queryForObject("select version from monthly_notification where id = ?",
                Long.class, notification));
        List<String> weights = new ArrayList<>();
        for (RankingFactor factor : RankingFactor.values()) {
            weights.add("weight." + factor);
            weights.add("10");
        }
        return new ProbeSet()
                .shownWithout(ROSTER, "/notifications", Demo.WELFARE)
                .refused(List.of("secretary"), "GET", "/notifications")
                // generating: the scope is the reader's own (no unit in the form); those who may not generate are
                // refused, and a sub-team leader (who generates for their own sub-team) writes nothing for a month
                // not over yet
                .refused(List.of("leader", "member", "secretary"), "POST", "/notifications",
                        "month", YearMonth.now().minusMonths(1).toString())
                .send(List.of("subteam"), "POST", "/notifications", Set.of(422), null,
                        "month", YearMonth.now().toString())
                .refused("GET", n)
                .refused("GET", n + "/export")
                .refused("POST", n + "/publish", "version", v)
                // the ranking's weights: the deployment's settings, read by anyone signed in, changed by the whole
                // deployment's organization department only
                .shownWithout("/notifications/weights", Demo.WELFARE)
                .refused("POST", "/notifications/weights", weights.toArray(String[]::new))
                .probes();
    }
}
