package cn.helituan.app.plan;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.plan.AnnualPlan;
import cn.helituan.domain.plan.PlanWritingService;
import cn.helituan.domain.plan.TaskDetails;
import cn.helituan.domain.plan.TaskKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual plans' endpoints probed by the outsiders with this year's plan of the medical group (a draft with a
 * problem of 柳河社区 and a task, made here: the demo county plans only for the industry sub-team's groups), and the
 * education group's plan not started.
 */
class PlanProbes implements FeatureProbes {

    static final String TASK = "探针：社区慢病随访义诊";
    private static final List<String> ROSTER = List.of("subteam", "leader", "member");
    private static final List<String> SECRETARY = List.of("secretary");

    private final JdbcTemplate jdbc;
    private final int year = LocalDate.now().getYear();
    private final long medical;
    private final long education;
    private final long liuhe;
    private final long plan;
    private final long problem;
    private final long task;

    PlanProbes(JdbcTemplate jdbc, Demo demo, PlanWritingService plans) {
        this.jdbc = jdbc;
        Scope system = Scope.system();
        medical = demo.unitId(Demo.MEDICAL_GROUP);
        education = demo.unitId("教育帮扶合力小组");
        liuhe = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        AnnualPlan started = plans.start(system, medical, year);
        plan = started.getId();
        if (ids("select id from plan_problem where plan_id = ? and not removed", plan).isEmpty()) {
            plans.addProblem(system, plan, liuhe, "慢病老人多，随访人手不足。", null);
        }
        problem = ids("select id from plan_problem where plan_id = ? and not removed order by id", plan).get(0);
        if (ids("select id from plan_task where plan_id = ? and not removed", plan).isEmpty()) {
            plans.addTask(system, plan, new TaskDetails(TaskKind.KEY, TASK, List.of(liuhe), null, null, null,
                    LocalDate.of(year, 12, 31)), null);
        }
        task = ids("select id from plan_task where plan_id = ? and not removed order by id", plan).get(0);
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
                .refused("GET", "/plans/group/" + education + "?year=" + y)
                .refused("POST", "/plans/group/" + education + "/start", "year", y)
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
