package cn.helituan.app.station;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Days away and leave (AbsenceController) against a leave request of 柳河社区's first secretary (the welfare
 * sub-team's medical group's village, as in StationProbes): the industry sub-team's leader (another sub-team), the
 * tea group's leader (another group), a plain member and 青山村's first secretary (another village's cadre) neither
 * read nor decide it, nor report back from it; the three who are not stationed anywhere have no form to ask with.
 */
class AbsenceProbes implements FeatureProbes {

    private static final String OBJECT = "柳河社区";

    private final JdbcTemplate jdbc;
    private final long absenceId;

    AbsenceProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted, AbsenceService absences) {
        this.jdbc = jdbc;
        long object = jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, OBJECT);
        long stationing = StationProbes.stationing(jdbc, demo, assisted, object);
        this.absenceId = leave(jdbc, absences, object, stationing);
    }

    private static synchronized long leave(JdbcTemplate jdbc, AbsenceService absences, long object,
                                           long stationing) {
        long member = jdbc.queryForObject("select member_id from stationing where id = ?", Long.class, stationing);
        List<Long> made = jdbc.queryForList("select id from station_absence where member_id = ? order by id",
                Long.class, member);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        Scope cadre = new Scope(null, "probe-cadre", Role.FIRST_SECRETARY, null, null, object, member);
        LocalDate from = LocalDate.now().plusDays(30);
        return absences.ask(cadre, new AbsenceService.Ask(AbsenceKind.LEAVE, null, from, from.plusDays(1), "探针请假"))
                .getId();
    }

    @Override
    public List<Probe> probes() {
        String record = "/absences/" + absenceId;
        String version = String.valueOf(
                jdbc.queryForObject("select version from station_absence where id = ?", Long.class, absenceId));
        String day = LocalDate.now().plusDays(40).toString();
        List<String> unstationed = unstationed(jdbc);
        return new ProbeSet()
                .shownWithout("/absences", OBJECT)
                .shownWithout("/absences?status=REQUESTED&kind=LEAVE", OBJECT)
                .refused("GET", record)
                .refused("POST", record + "/decide", "approve", "true", "note", "探针", "version", version)
                .refused("POST", record + "/decide", "approve", "false", "note", "探针", "version", version)
                .refused("POST", record + "/back", "version", version)
                .refused(unstationed, "GET", "/absences/new")
                .refused(unstationed, "POST", "/absences/new", "kind", "LEAVE", "startsOn", day, "endsOn", day,
                        "reason", "探针")
                .probes();
    }

    /**
     * Of the outsiders who are no village's cadre by their role, those not stationed anywhere today (other tests may
     * station a demo account's member): they have no form to ask with.
     */
    static List<String> unstationed(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select a.username from account a
                where a.username in ('subteam', 'leader', 'member')
                  and not exists (select 1 from stationing s where s.member_id = a.member_id
                                  and s.starts_on <= current_date and (s.ends_on is null or s.ends_on >= current_date))
                order by a.username""", String.class);
    }
}
