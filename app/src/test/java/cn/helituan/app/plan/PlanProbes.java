package cn.helituan.app.plan;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual plans' endpoints probed by the outsiders with this year's plan of the medical group (the demo county's:
 * approved, with a problem of 柳河社区 and its key task {@link #TASK}), and a group without a plan in a team of its own
 * (made here: every demo group has a plan), which none of them reaches.
 */
class PlanProbes implements FeatureProbes {

    /** The medical group's key task in the demo county (DemoPlans). */
    static final String TASK = "开展社区巡回义诊和慢病筛查";
    private static final List<String> ROSTER = List.of("subteam", "leader", "member");
    private static final List<String> SECRETARY = List.of("secretary");
    private static final String UNPLANNED = "探针：未订计划小组";

    private final JdbcTemplate jdbc;
    private final int year = LocalDate.now().getYear();
    private final long medical;
    private final long unplanned;
    private final long liuhe;
    private final long plan;
    private final long problem;
    private final long task;

    PlanProbes(JdbcTemplate jdbc, Demo demo, UnitService units) {
        this.jdbc = jdbc;
        medical = demo.unitId(Demo.MEDICAL_GROUP);
        liuhe = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        plan = jdbc.queryForObject("select id from annual_plan where group_id = ? and year = ?", Long.class, medical,
                year);
        problem = ids("select id from plan_problem where plan_id = ? and not removed order by id", plan).get(0);
        task = jdbc.queryForObject("select id from plan_task where plan_id = ? and title = ? and not removed",
                Long.class, plan, TASK);
        List<Long> without = ids("select id from unit where name = ?", UNPLANNED);
        if (without.isEmpty()) {
            Scope system = Scope.system();
            long team = units.create(system, null, UnitKind.TEAM, details("探针：计划团")).getId();
            long subTeam = units.create(system, team, UnitKind.SUB_TEAM, details("探针：计划分团")).getId();
            unplanned = units.create(system, subTeam, UnitKind.GROUP, details(UNPLANNED)).getId();
        } else {
            unplanned = without.get(0);
        }
    }

    private static UnitDetails details(String name) {
        return new UnitDetails(name, null, UnitField.GENERAL, null);
    }

    private List<Long> ids(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args);
    }

    private String version(String table, long id) {
        return String.valueOf(jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
    }

    @Override
    public List<Probe> probes() {
        String y = String.valueOf(year);
        String g = String.valueOf(medical);
        String o = String.valueOf(liuhe);
        String p = "/plans/" + plan;
        String v = version("annual_plan", plan);
        String t = p + "/tasks/" + task;
        String due = LocalDate.of(year, 12, 31).toString();
        return new ProbeSet()
                // the lists and their exports: the roster's own scope, nothing of the medical group; naming it is
                // refused; a first secretary has no plans
                .shownWithout(ROSTER, "/plans", Demo.MEDICAL_GROUP)
                .shownWithout(ROSTER, "/plans?year=" + y, Demo.MEDICAL_GROUP)
                .refused(SECRETARY, "GET", "/plans")
                .refused("GET", "/plans?year=" + y + "&unit=" + g)
                .refused("GET", "/plans/export?year=" + y + "&unit=" + g)
                .shownWithout(ROSTER, "/plans/tasks", TASK)
                .refused(SECRETARY, "GET", "/plans/tasks")
                .refused("GET", "/plans/tasks?year=" + y + "&unit=" + g)
                .refused("GET", "/plans/tasks/export?year=" + y + "&unit=" + g)
                // the year's deadline: the whole deployment's organization department
                .refused("POST", "/plans/deadline", "year", y, "dueOn", y + "-03-31")
                // a group's plan, started or not
                .refused("GET", "/plans/group/" + g + "?year=" + y)
                .refused("GET", "/plans/group/" + unplanned + "?year=" + y)
                .refused("POST", "/plans/group/" + unplanned + "/start", "year", y)
                .refused("POST", "/plans/group/" + g + "/start", "year", y)
                // the medical group's plan
                .refused("GET", p)
                .refused("POST", p + "/summary", "version", v, "summary", "越权总结")
                .refused("POST", p + "/submit", "version", v)
                .refused("POST", p + "/approve", "version", v)
                .refused("POST", p + "/return", "version", v, "reason", "越权退回")
                .refused("POST", p + "/problems", "objectId", o, "description", "越权问题")
                .refused("POST", p + "/problems/" + problem + "/remove")
                .refused("GET", p + "/tasks/new?kind=KEY")
                .refused("POST", p + "/tasks/new", "kind", "ROUTINE", "title", "越权任务", "objectIds", o,
                        "dueOn", due)
                .refused("GET", t + "/edit")
                .refused("POST", t + "/edit", "kind", "KEY", "title", "越权改写", "objectIds", o, "dueOn", due,
                        "version", version("plan_task", task))
                .refused("POST", t + "/remove")
                .refused("POST", t + "/done")
                .probes();
    }
}
