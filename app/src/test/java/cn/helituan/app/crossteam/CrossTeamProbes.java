package cn.helituan.app.crossteam;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamBudget;
import cn.helituan.domain.crossteam.CrossTeamDetails;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.SpendingDetails;
import cn.helituan.domain.team.UnitField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cross-town teams against a probe team of the welfare sub-team's people only (led by 柳河社区's stationed cadre of
 * the medical group, with a spending entry and its invoice): the industry sub-team's leader, the tea group's leader
 * and member and 青山村's first secretary neither find it nor open, change, spend from or export it; nobody but an
 * org admin opens the new-team form.
 */
class CrossTeamProbes implements FeatureProbes {

    static final String NAME = "探针跨镇服务队（民生服务分团）";

    private final JdbcTemplate jdbc;
    private final long team;
    private final long spending;
    private final long teamMember;
    private final long town;

    CrossTeamProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted, CrossTeamService service,
                    CrossTeamBudget budget, Clock clock) {
        this.jdbc = jdbc;
        this.team = team(jdbc, demo, assisted, service, budget, clock);
        this.spending = jdbc.queryForObject("select min(id) from cross_team_spending where team_id = ?", Long.class,
                team);
        this.teamMember = jdbc.queryForObject("select max(id) from cross_team_member where team_id = ?", Long.class,
                team);
        this.town = jdbc.queryForObject("select min(id) from cross_team_town where team_id = ?", Long.class, team);
    }

    private static synchronized long team(JdbcTemplate jdbc, Demo demo, AssistedService assisted,
                                          CrossTeamService service, CrossTeamBudget budget, Clock clock) {
        List<Long> made = jdbc.queryForList("select id from cross_team where name = ?", Long.class, NAME);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        long object = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        List<Long> open = jdbc.queryForList("""
                select member_id from stationing where object_id = ? and ends_on is null and role = 'FIRST_SECRETARY'""",
                Long.class, object);
        long leader = open.isEmpty() ? assisted.station(Scope.system(), object, jdbc.queryForObject(
                "select mobile from member where id = ?", String.class, demo.memberIn(Demo.MEDICAL_GROUP)),
                LocalDate.of(2025, 6, 1)).getMember().getId() : open.get(0);
        String leaderMobile = jdbc.queryForObject("select mobile from member where id = ?", String.class, leader);
        String other = jdbc.queryForObject("""
                select m.mobile from member m join membership s on s.member_id = m.id and s.left_on is null
                join unit u on u.id = s.unit_id
                where u.name = ? and m.id <> ? and not m.archived order by m.id limit 1""", String.class,
                Demo.MEDICAL_GROUP, leader);
        int year = LocalDate.now(clock).getYear();
        long id = service.create(Scope.system(), demo.unitId(Demo.TEAM), new CrossTeamDetails(NAME,
                UnitField.MEDICAL, year, leaderMobile, null, new BigDecimal("20000"), 3, 5)).getId();
        service.addMember(Scope.system(), id, other);
        long region = jdbc.queryForObject("select min(id) from region where level = 'TOWN'", Long.class);
        service.addTown(Scope.system(), id, region);
        budget.spend(Scope.system(), id, new SpendingDetails(LocalDate.now(clock).withDayOfMonth(1), "探针支出",
                new BigDecimal("100.00"), null, null, false, null),
                new CrossTeamBudget.Attachment("探针发票.pdf", "application/pdf", new byte[] {37, 80, 68, 70}));
        return id;
    }

    @Override
    public List<Probe> probes() {
        String page = "/cross-teams/" + team;
        String version = String.valueOf(jdbc.queryForObject("select version from cross_team where id = ?",
                Long.class, team));
        String spendingVersion = String.valueOf(jdbc.queryForObject(
                "select version from cross_team_spending where id = ?", Long.class, spending));
        String day = LocalDate.now().withDayOfMonth(1).toString();
        return new ProbeSet()
                .shownWithout("/cross-teams", NAME)
                .shownWithout("/cross-teams?year=" + LocalDate.now().getYear(), NAME)
                .shownWithout("/cross-teams/export", NAME)
                .shownWithout("/cross-teams/members/export", NAME)
                .refused("GET", "/cross-teams/new")
                .notWritten("POST", "/cross-teams/new", "name", "探针新服务队", "field", "MEDICAL", "year", "2026",
                        "leaderMobile", "13800000000", "allocation", "1", "daysMin", "3", "daysMax", "5")
                .refused("GET", page)
                .refused("GET", page + "/edit")
                .refused("POST", page + "/edit", "name", "改", "field", "MEDICAL", "year", "2026",
                        "leaderMobile", "13800000000", "allocation", "1", "daysMin", "3", "daysMax", "5",
                        "version", version)
                .refused("POST", page + "/archive", "version", version)
                .refused("POST", page + "/members", "mobile", "13800000000")
                .refused("POST", page + "/members/" + teamMember + "/remove")
                .refused("POST", page + "/towns", "regionId", "1")
                .refused("GET", page + "/town-choices?q=x")
                .refused("GET", page + "/towns/new")
                .refused("POST", page + "/towns/" + town + "/remove")
                .refused("GET", page + "/spending/new")
                .refused("POST", page + "/spending/new", "spentOn", day, "purpose", "探针", "amount", "1")
                .refused("POST", page + "/spending/" + spending + "/cancel", "version", spendingVersion,
                        "reason", "探针")
                .refused("POST", page + "/spending/" + spending + "/cancel?page=1", "version", spendingVersion,
                        "reason", "探针")
                .refused("GET", page + "/spending/" + spending + "/attachment")
                .refused("GET", page + "/ledger/export")
                .refused("GET", page + "/ledger")
                .refused("GET", page + "/ledger?page=2")
                .refused("GET", page + "/activities/new")
                .refused("POST", page + "/activities/new", "typeId", "1", "occurredOn", day, "title", "探针活动",
                        "objectIds", "1")
                .refused("GET", page + "/days")
                .refused("GET", page + "/projects")
                .refused("GET", page + "/activities")
                .refused("GET", page + "/activities?page=2")
                .refused("GET", page + "/projects?page=2")
                .refused("GET", page + "/days?month=" + day.substring(0, 7))
                .probes();
    }
}
