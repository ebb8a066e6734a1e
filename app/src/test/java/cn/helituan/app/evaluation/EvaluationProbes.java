package cn.helituan.app.evaluation;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.RoundForm;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual evaluation probed by the outsiders with a round of 2025 over a team of its own (made here, as
 * {@link EvaluationTestBase}'s fixture makes one: team, sub-team, a group with one member), which none of them reaches:
 * no group of theirs and, for 青山村's first secretary, no group paired with 青山村. (The demo county's round is
 * another one: the outsiders' own groups are in it.)
 */
class EvaluationProbes implements FeatureProbes {

    static final String TEAM = "探针考核团";
    static final String GROUP = "探针考核小组";
    static final String ROUND = "探针：外团 2025 年度考核";
    private static final int YEAR = 2025;

    private final JdbcTemplate jdbc;
    private final long team;
    private final long group;
    private final long round;

    EvaluationProbes(JdbcTemplate jdbc, UnitService units, MemberService members,
                     RoundAdministration evaluations) {
        this.jdbc = jdbc;
        Scope system = Scope.system();
        List<Long> teams = jdbc.queryForList("select id from unit where name = ?", Long.class, TEAM);
        if (teams.isEmpty()) {
            team = units.create(system, null, UnitKind.TEAM, details(TEAM)).getId();
            long subTeam = units.create(system, team, UnitKind.SUB_TEAM, details("探针考核分团")).getId();
            long g = units.create(system, subTeam, UnitKind.GROUP, details(GROUP)).getId();
            members.create(system, new MemberDetails("探针考核组员", Gender.FEMALE,
                    jdbc.queryForObject("select min(id) from work_unit", Long.class), "干部", null, null,
                    Pages.mobile(), false, MemberType.CADRE, null), g, Position.GROUP_LEADER, LocalDate.of(2025, 1, 1));
        } else {
            team = teams.get(0);
        }
        group = jdbc.queryForObject("select id from unit where name = ?", Long.class, GROUP);
        List<Long> rounds = jdbc.queryForList("select id from evaluation_round where name = ?", Long.class, ROUND);
        round = rounds.isEmpty() ? evaluations.open(system, new RoundForm(ROUND, YEAR, team,
                LocalDate.of(YEAR + 1, 12, 31), Grade.DEFAULT, 30, Indicator.defaultWeights(), Set.of())).getId()
                : rounds.get(0);
    }

    private static UnitDetails details(String name) {
        return new UnitDetails(name, null, UnitField.GENERAL, null);
    }

    private String version(String sql, Object... args) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class, args));
    }

    @Override
    public List<Probe> probes() {
        String e = "/evaluations/" + round;
        String v = version("select version from evaluation_round where id = ?", round);
        long entry = jdbc.queryForObject("select id from evaluation_entry where round_id = ? and group_id = ?",
                Long.class, round, group);
        String ev = version("select version from evaluation_entry where id = ?", entry);
        long row = jdbc.queryForObject("select id from evaluation_member where entry_id = ? order by id limit 1",
                Long.class, entry);
        String rv = version("select version from evaluation_member where id = ?", row);
        String g = e + "/groups/" + group;
        List<String> form = new ArrayList<>(List.of("name", "越权考核", "year", String.valueOf(YEAR - 1),
                "scopeUnitId", String.valueOf(team), "deadline", YEAR + "-12-31", "grades", "EXCELLENT",
                "topQuota", "30"));
        for (Indicator i : Indicator.values()) {
            form.add("weights[" + i + "]");
            form.add(String.valueOf(i.defaultWeight()));
        }
        String[] opening = form.toArray(String[]::new);
        form.set(3, String.valueOf(YEAR));
        form.add("version");
        form.add(v);
        String[] editing = form.toArray(String[]::new);
        return new ProbeSet()
                // the rounds: each reader's own; opening one is the organization department's
                .shownWithout("/evaluations", ROUND)
                .refused("GET", "/evaluations/new")
                .refused("POST", "/evaluations", opening)
                // the round
                .refused("GET", e)
                .refused("GET", e + "?sort=SCORE&asc=false")
                .refused("GET", e + "/edit")
                .refused("POST", e + "/edit", editing)
                .refused("POST", e + "/compute", "version", v)
                .refused("POST", e + "/propose", "version", v)
                .refused("POST", e + "/publish", "version", v)
                .refused("POST", e + "/reopen", "version", v, "reason", "越权重开")
                // a group's entry
                .refused("GET", g)
                .refused("POST", g + "/self", "version", ev, "achievements", "越权自评", "problems", "无",
                        "nextYear", "无")
                .refused("POST", g + "/score", "score", "90", "comment", "越权评分")
                .refused("POST", g + "/grade", "version", ev, "grade", "EXCELLENT", "reason", "越权定等")
                .refused("POST", e + "/members/" + row + "/grade", "groupId", String.valueOf(group),
                        "version", rv, "grade", "EXCELLENT", "reason", "越权定等")
                // the objects' ratings
                .refused("GET", e + "/ratings")
                .refused("POST", e + "/ratings/" + group, "rating", "10", "comment", "越权评价")
                // the results
                .refused("GET", e + "/commendation")
                .refused("GET", e + "/trail")
                .refused("GET", e + "/results")
                .refused("GET", e + "/export")
                .probes();
    }
}
