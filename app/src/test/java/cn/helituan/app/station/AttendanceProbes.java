package cn.helituan.app.station;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.AssistedService;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attendance sheet (AttendanceController) against 柳河社区 (the welfare sub-team's medical group's community)
 * and its first secretary's stationing, as in StationProbes: the industry sub-team's leader, the tea group's leader,
 * a plain member and 青山村's first secretary neither see its lines, nor open its village sheet or a figure's days,
 * nor approve its month.
 */
class AttendanceProbes implements FeatureProbes {

    private static final String OBJECT = "柳河社区";

    private final long objectId;
    private final long stationingId;

    AttendanceProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted) {
        this.objectId = jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, OBJECT);
        this.stationingId = StationProbes.stationing(jdbc, demo, assisted, objectId);
    }

    @Override
    public List<Probe> probes() {
        String lastMonth = YearMonth.now().minusMonths(1).toString();
        String village = "/attendance/villages/" + objectId;
        return new ProbeSet()
                .shownWithout("/attendance", OBJECT)
                .shownWithout("/attendance?month=" + lastMonth + "&object=" + objectId, OBJECT)
                .shownWithout("/attendance/export?object=" + objectId, OBJECT)
                .refused("GET", village)
                .refused("GET", village + "?month=" + lastMonth)
                .refused("POST", village + "/approve", "month", lastMonth)
                .refused("GET", "/attendance/stationings/" + stationingId)
                .refused("GET", "/attendance/stationings/" + stationingId + "?month=" + lastMonth + "&kind=ABSENT")
                .probes();
    }
}
