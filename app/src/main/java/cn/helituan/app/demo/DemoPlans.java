package cn.helituan.app.demo;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.plan.AnnualPlan;
import cn.helituan.domain.plan.PlanReviewService;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.plan.PlanWritingService;
import cn.helituan.domain.plan.TaskDetails;
import cn.helituan.domain.plan.TaskKind;
import cn.helituan.domain.team.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo county's plans for this year (part of {@link DemoData}'s load, in its transaction), one for every group:
 * most approved — the tea group's written by its leader, the industry sub-team's approved by its leader, the others
 * by the organization department; the e-commerce group's handed in and the governance group's too, awaiting review;
 * the employment group's given back with the reviewer's reason.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPlans {

    /** The medical group's key task (the plans' scope probes look for it). */
    static final String MEDICAL_TASK = "开展社区巡回义诊和慢病筛查";

    private final PlanService plans;
    private final PlanWritingService writing;
    private final PlanReviewService reviews;
    private final DemoUsers users;

    // the task table's columns: kind, title, figure, target, owner (index in the group's roster)
    void load(List<Unit> groups, List<AssistedObject> objects, List<List<Member>> rosters, LocalDate today) {
        int year = today.getYear();
        AssistedObject qingshan = objects.get(0);
        plan("leader", groups.get(0), year, rosters.get(0), qingshan, "老茶园品种退化，亩产低；缺少懂修剪、病虫害防治的人。",
                new Object[][] {
                    {TaskKind.KEY, "开展茶园提质增效技术培训", Figure.TRAININGS_HELD, "6", 1},
                    {TaskKind.KEY, "帮助销售春茶", Figure.PRODUCE_SOLD, "200000", 0},
                    {TaskKind.ROUTINE, "每月走访茶农和合作社", null, null, 2}});
        approve("subteam", "leader", groups.get(0), year);
        plan("admin", groups.get(1), year, rosters.get(1), objects.get(1), "农产品没有品牌和线上渠道，村民不会直播。",
                new Object[][] {{TaskKind.KEY, "建设村级电商服务站", null, null, null}});
        submit("admin", groups.get(1), year);
        plan("admin", groups.get(2), year, rosters.get(2), null, null,
                new Object[][] {
                    {TaskKind.KEY, "推广果树新品种新技术", Figure.TECHNOLOGIES_PROMOTED, "5", 0},
                    {TaskKind.ROUTINE, "每季度开展一次技术培训", Figure.TRAININGS_HELD, "4", 2}});
        approve("subteam", "admin", groups.get(2), year);
        plan("admin", groups.get(3), year, rosters.get(3), objects.get(5), "社区慢病老人多，随访人手不足。",
                new Object[][] {
                    {TaskKind.KEY, MEDICAL_TASK, Figure.PATIENTS_SEEN, "600", 0},
                    {TaskKind.ROUTINE, "每月慢病随访", null, null, 5}});
        approve("admin", "admin", groups.get(3), year);
        plan("admin", groups.get(4), year, rosters.get(4), objects.get(2), "留守儿童多，课后无人辅导。",
                new Object[][] {{TaskKind.KEY, "留守儿童课后辅导", Figure.BENEFICIARIES, "50", 0}});
        approve("admin", "admin", groups.get(4), year);
        plan("admin", groups.get(5), year, rosters.get(5), null, null,
                new Object[][] {{TaskKind.KEY, "组织县内企业劳务对接", null, null, 0}});
        AnnualPlan jobs = submit("admin", groups.get(5), year);
        users.as("admin", s -> reviews.giveBack(s, jobs.getId(), plans.get(s, jobs.getId()).getVersion(),
                "目标未量化，请补充全年就业人数。"));
        plan("admin", groups.get(6), year, rosters.get(6), objects.get(4), "村党组织软弱涣散，党员活动少。",
                new Object[][] {
                    {TaskKind.KEY, "整顿软弱涣散村党组织", null, null, 0},
                    {TaskKind.ROUTINE, "每月讲一次党课", Figure.TRAININGS_HELD, "12", 6}});
        approve("admin", "admin", groups.get(6), year);
        plan("admin", groups.get(7), year, rosters.get(7), objects.get(3), "邻里、土地纠纷多，村规民约不完善。",
                new Object[][] {{TaskKind.KEY, "调解矛盾纠纷", Figure.BENEFICIARIES, "100", 1}});
        submit("admin", groups.get(7), year);
    }

    /** The writer starts the group's plan with its tasks and, for a group paired with an object, a problem there. */
    private void plan(String writer, Unit group, int year, List<Member> roster, AssistedObject object,
                      String problem, Object[][] tasks) {
        users.as(writer, s -> {
            AnnualPlan plan = writing.start(s, group.getId(), year);
            if (object != null) { // a problem is found in an object the group is paired with
                writing.addProblem(s, plan.getId(), object.getId(), problem, null);
            }
            for (Object[] t : tasks) {
                writing.addTask(s, plan.getId(), new TaskDetails((TaskKind) t[0], (String) t[1],
                        object == null ? List.of() : List.of(object.getId()), (Figure) t[2],
                        t[3] == null ? null : new BigDecimal((String) t[3]),
                        t[4] == null ? null : roster.get((Integer) t[4]).getId(), LocalDate.of(year, 12, 31)), null);
            }
            return plan;
        });
    }

    private AnnualPlan submit(String writer, Unit group, int year) {
        return users.as(writer, s -> {
            AnnualPlan plan = plans.find(s, group.getId(), year).orElseThrow();
            return writing.submit(s, plan.getId(), plan.getVersion());
        });
    }

    private void approve(String reviewer, String writer, Unit group, int year) {
        AnnualPlan plan = submit(writer, group, year);
        users.as(reviewer, s -> reviews.approve(s, plan.getId(), plans.get(s, plan.getId()).getVersion()));
    }
}
