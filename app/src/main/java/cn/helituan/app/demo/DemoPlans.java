package cn.helituan.app.demo;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.Scope;
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

/** The demo county's annual plans (part of {@link DemoData}'s load, in its transaction). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPlans {

    private final PlanService plans;
    private final PlanWritingService writing;
    private final PlanReviewService reviews;

    /**
     * This year's plans: the tea group's approved, with a key task of three trainings and a routine one; the
     * e-commerce group's handed in, awaiting review; the others not started.
     */
    void load(Scope system, List<Unit> groups, List<AssistedObject> villages, List<Member> firstGroup,
              LocalDate today) {
        int year = today.getYear();
        AnnualPlan tea = writing.start(system, groups.get(0).getId(), year);
        writing.addProblem(system, tea.getId(), villages.get(0).getId(), "老茶园品种退化，亩产低；缺少懂修剪、病虫害防治的人。",
                null);
        writing.addTask(system, tea.getId(), new TaskDetails(TaskKind.KEY, "开展茶园提质增效技术培训",
                List.of(villages.get(0).getId()), Figure.TRAININGS_HELD, new BigDecimal("6"),
                firstGroup.get(1).getId(), LocalDate.of(year, 12, 31)), null);
        writing.addTask(system, tea.getId(), new TaskDetails(TaskKind.KEY, "帮助销售春茶",
                List.of(villages.get(0).getId()), Figure.PRODUCE_SOLD, new BigDecimal("200000"),
                firstGroup.get(0).getId(), LocalDate.of(year, 12, 31)), null);
        writing.addTask(system, tea.getId(), new TaskDetails(TaskKind.ROUTINE, "每月走访茶农和合作社",
                List.of(villages.get(0).getId()), null, null, firstGroup.get(2).getId(), LocalDate.of(year, 12, 31)),
                null);
        writing.submit(system, tea.getId(), plans.get(system, tea.getId()).getVersion());
        reviews.approve(system, tea.getId(), plans.get(system, tea.getId()).getVersion());
        AnnualPlan ecommerce = writing.start(system, groups.get(1).getId(), year);
        writing.addTask(system, ecommerce.getId(), new TaskDetails(TaskKind.KEY, "建设村级电商服务站",
                List.of(villages.get(1).getId()), null, null, null, LocalDate.of(year, 12, 31)), null);
        writing.submit(system, ecommerce.getId(), plans.get(system, ecommerce.getId()).getVersion());
    }
}
