package cn.helituan.app.demo;

import cn.helituan.domain.member.Member;
import cn.helituan.domain.supervision.ChecklistItem;
import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.FindingWork;
import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.InspectionWork;
import cn.helituan.domain.supervision.MeasureKind;
import cn.helituan.domain.supervision.MeasureService;
import cn.helituan.domain.supervision.Severity;
import cn.helituan.domain.supervision.SupervisionPlan;
import cn.helituan.domain.supervision.SupervisionPlanning;
import cn.helituan.domain.team.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Supervision in the demo county (part of {@link DemoData}'s load, after the accounts): last half month's plan over
 * every group, inspected by the supervision group's inspector — the tea group unannounced (the cadre on duty absent,
 * two findings: one corrected, accepted after its deadline, and a reprimand talk; one still open and overdue), the
 * e-commerce group announced (a correction waiting for the inspector) — and this half month's random check of four
 * groups drawn from a recorded seed, not yet inspected.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoSupervision {

    private final SupervisionPlanning planning;
    private final InspectionWork work;
    private final FindingWork findings;
    private final MeasureService measures;
    private final DemoUsers users;

    void load(List<Unit> groups, List<Member> teaGroup, LocalDate today) {
        long inspector = users.as("inspector", s -> s.accountId());
        LocalDate[] current = SupervisionPlanning.halfMonthOf(today);
        LocalDate[] last = SupervisionPlanning.halfMonthOf(current[0].minusDays(1));
        SupervisionPlan earlier = users.as("admin", s -> planning.create(s, new SupervisionPlanning.PlanCommand(
                "上半月督导（全覆盖）", null, last[0], last[1], null, null, Set.of(inspector))));
        users.as("admin", s -> planning.create(s, new SupervisionPlanning.PlanCommand(
                "本半月随机抽查", null, current[0], current[1], 4, 20260601L, Set.of(inspector))));
        List<ChecklistItem> items = planning.itemsOf(earlier.getChecklist().getId());

        Member onDuty = teaGroup.get(3);
        Set<Long> present = teaGroup.stream().map(Member::getId).filter(id -> !id.equals(onDuty.getId()))
                .collect(Collectors.toSet());
        LocalDate teaDay = last[0].plusDays(2);
        Inspection tea = users.as("inspector", s -> work.record(s, earlier.getId(), new InspectionWork.Record(
                groups.get(0).getId(), teaDay, false, "村党支部书记、3 名村民代表",
                new Inspection.Questionnaire(20, 15, 4, 1), results(items, 0, 3),
                present, "不打招呼直奔村委会，查阅驻村日志和一户一策台账，入户走访 5 户。")));
        Finding diary = users.as("inspector", s -> work.addFinding(s, tea.getId(), new Finding.Details(
                items.get(0).getId(), onDuty.getId(), "驻村工作日志缺记 6 天，考勤与日志对不上。", "村委会",
                Severity.SERIOUS, teaDay.plusDays(5)), List.of()));
        users.as("inspector", s -> work.addFinding(s, tea.getId(), new Finding.Details(
                items.get(3).getId(), null, "一户一策台账 12 户未按季度更新帮扶措施。", "青山村",
                Severity.MINOR, teaDay.plusDays(7)), List.of()));
        Finding answered = users.as("leader", s -> findings.answer(s, diary.getId(), diary.getVersion(),
                "已补记日志并附当日照片，建立日志周检制度，由组长每周五检查。"));
        users.as("inspector", s -> findings.verify(s, diary.getId(), answered.getVersion(), true, null));
        users.as("admin", s -> measures.record(s, new MeasureService.Command(onDuty.getId(),
                measures.kindOf(MeasureKind.REMINDER_TALK), diary.getId(), null, today, "合组督〔2026〕3号",
                "日志缺记，整改超期，由组织部分管领导提醒谈话。")));

        LocalDate shopDay = last[0].plusDays(3);
        Inspection shop = users.as("inspector", s -> work.record(s, earlier.getId(), new InspectionWork.Record(
                groups.get(1).getId(), shopDay, true, "小组组长、村电商服务站负责人",
                new Inspection.Questionnaire(10, 9, 1, 0), results(items, -1, -1), Set.of(),
                "电商服务站运转正常，直播带货记录齐全。")));
        Finding photos = users.as("inspector", s -> work.addFinding(s, shop.getId(), new Finding.Details(
                items.get(1).getId(), null, "政策宣传栏内容仍是去年的，未更新今年的惠农政策。", "村电商服务站",
                Severity.MINOR, today.plusDays(10)), List.of()));
        users.as("subteam", s -> findings.answer(s, photos.getId(), photos.getVersion(),
                "已更换宣传栏内容，张贴今年的惠农补贴政策。"));
    }

    /** Every item's result: passed and full marks, except the one at {@code failed} (given {@code score}). */
    private static List<InspectionWork.ResultLine> results(List<ChecklistItem> items, int failed, int score) {
        List<InspectionWork.ResultLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            boolean ok = i != failed;
            lines.add(new InspectionWork.ResultLine(item.getId(), ok,
                    item.isScored() ? (ok ? item.getMaxScore() : score) : null, ok ? null : "日志缺记"));
        }
        return lines;
    }
}
