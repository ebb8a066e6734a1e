package cn.helituan.app.station;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.station.MajorMatterKind;
import cn.helituan.domain.station.MajorMatterService;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Major-matter reports (MajorMatterController) against a report of 柳河社区's first secretary (as in AbsenceProbes):
 * another sub-team's leader, another group's leader, a plain member and another village's cadre neither read nor
 * acknowledge it; those stationed nowhere have no form to report with.
 */
class MajorMatterProbes implements FeatureProbes {

    private static final String OBJECT = "柳河社区";

    private final JdbcTemplate jdbc;
    private final long matterId;

    MajorMatterProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted, MajorMatterService matters) {
        this.jdbc = jdbc;
        long object = jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, OBJECT);
        long stationing = StationProbes.stationing(jdbc, demo, assisted, object);
        this.matterId = report(jdbc, matters, object, stationing);
    }

    private static synchronized long report(JdbcTemplate jdbc, MajorMatterService matters, long object,
                                            long stationing) {
        long member = jdbc.queryForObject("select member_id from stationing where id = ?", Long.class, stationing);
        List<Long> made = jdbc.queryForList("select id from station_major_matter where member_id = ? order by id",
                Long.class, member);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        Scope cadre = new Scope(null, "probe-cadre", Role.FIRST_SECRETARY, null, null, object, member);
        return matters.report(cadre, new MajorMatterService.Report(MajorMatterKind.SAFETY_INCIDENT,
                LocalDateTime.now().minusDays(1), "探针事项", "探针措施")).getId();
    }

    @Override
    public List<Probe> probes() {
        String record = "/major-matters/" + matterId;
        String version = String.valueOf(
                jdbc.queryForObject("select version from station_major_matter where id = ?", Long.class, matterId));
        List<String> unstationed = AbsenceProbes.unstationed(jdbc);
        return new ProbeSet()
                .shownWithout("/major-matters", OBJECT)
                .shownWithout("/major-matters?open=true&overdue=true", OBJECT)
                .refused("GET", record)
                .refused("POST", record + "/acknowledge", "note", "探针", "version", version)
                .refused(unstationed, "GET", "/major-matters/new")
                .refused(unstationed, "POST", "/major-matters/new", "kind", "OTHER", "happenedAt",
                        LocalDateTime.now().minusHours(1).withNano(0).withSecond(0).toString(), "what", "探针",
                        "done", "探针")
                .probes();
    }
}
