package cn.helituan.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.notification.MonthlyNotification;
import cn.helituan.domain.notification.NotificationService;
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
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly notification's supervision section on a month worked by hand, in a team of its own (two groups):
 * <pre>
 *   April 28  group 1 inspected; finding D (考勤), deadline May 5, never answered          → overdue, not May's
 *   May 10    group 1 inspected; finding A (考勤), deadline May 15, closed May 12          → on time
 *                                finding B (考勤), deadline May 16, closed May 20          → late
 *   May 11    group 2 inspected; finding C (一户一策), deadline May 25, never answered    → overdue
 *   May 21    a reminder talk for a cadre of group 1 (finding B behind it)
 * </pre>
 * Generated on June 10: 2 inspections, 3 findings, 1 rectified on time, 2 overdue (C and D), 1 measure; by item
 * 考勤制度执行 2 / 1 / 0 and 一户一策制定 1 / 0 / 1; group 1: 2 / 1 / 1, group 2: 1 / 0 / 1. Published, it is frozen.
 */
class NotificationSupervisionTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    TestClock clock;
    @Autowired
    AccountScopes accounts;
    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    SupervisionPlanning planning;
    @Autowired
    InspectionWork work;
    @Autowired
    FindingWork findings;
    @Autowired
    MeasureService measures;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void on(int month, int day) {
        clock.set(LocalDateTime.of(2026, month, day, 10, 0).atZone(TestClock.ZONE).toInstant());
    }

    private Scope account(String role, long unit) {
        String username = Pages.unique("sup");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, must_change_password,
                                     created_at) values (?, 'x', '测试', ?, ?, false, now())""", username, role, unit);
        return accounts.ofEnabled(username).orElseThrow();
    }

    @Test
    void theMonthsSupervisionFiguresAreTheOnesWorkedByHandAndFreezeWhenPublished() throws Exception {
        Scope system = Scope.system();
        String name = Pages.unique("督导通报团");
        long team = units.create(system, null, UnitKind.TEAM, new UnitDetails(name, null, UnitField.GENERAL, null))
                .getId();
        long sub = units.create(system, team, UnitKind.SUB_TEAM,
                new UnitDetails(name + "分团", null, UnitField.GENERAL, null)).getId();
        long group1 = units.create(system, sub, UnitKind.GROUP,
                new UnitDetails(name + "一组", null, UnitField.GENERAL, null)).getId();
        long group2 = units.create(system, sub, UnitKind.GROUP,
                new UnitDetails(name + "二组", null, UnitField.GENERAL, null)).getId();
        long cadre = members.create(system, new MemberDetails(Pages.unique("督导干部"), Gender.MALE,
                demo.workUnitId("县人民医院"), "干部", null, null, Pages.mobile(), true, MemberType.CADRE, null),
                group1, Position.MEMBER, LocalDate.of(2026, 1, 5)).getId();
        Scope admin = account("ORG_ADMIN", team);
        Scope inspector = account("INSPECTOR", team);
        Scope leader1 = account("GROUP_LEADER", group1);

        on(4, 28);
        SupervisionPlan april = planning.create(admin, new SupervisionPlanning.PlanCommand("四月下半月", team,
                LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 30), null, null, Set.of(inspector.accountId())));
        List<ChecklistItem> items = planning.itemsOf(april.getChecklist().getId());
        ChecklistItem attendance = items.get(0);
        ChecklistItem households = items.get(3);
        assertThat(attendance.getName()).isEqualTo("考勤制度执行");
        assertThat(households.getName()).isEqualTo("一户一策制定");
        Inspection aprilVisit = inspect(inspector, april, group1, LocalDate.of(2026, 4, 28), items);
        find(inspector, aprilVisit, attendance, "D", LocalDate.of(2026, 5, 5));

        on(5, 10);
        SupervisionPlan may = planning.create(admin, new SupervisionPlanning.PlanCommand("五月上半月", team,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 15), null, null, Set.of(inspector.accountId())));
        Inspection first = inspect(inspector, may, group1, LocalDate.of(2026, 5, 10), items);
        Finding a = find(inspector, first, attendance, "A", LocalDate.of(2026, 5, 15));
        Finding b = find(inspector, first, attendance, "B", LocalDate.of(2026, 5, 16));
        on(5, 11);
        Inspection second = inspect(inspector, may, group2, LocalDate.of(2026, 5, 11), items);
        find(inspector, second, households, "C", LocalDate.of(2026, 5, 25));
        on(5, 12);
        close(leader1, inspector, a);
        on(5, 20);
        close(leader1, inspector, b);
        on(5, 21);
        measures.record(admin, new MeasureService.Command(cadre, measures.kindOf(MeasureKind.REMINDER_TALK), b.getId(), null,
                LocalDate.of(2026, 5, 21), "督〔2026〕5号", null));

        on(6, 10);
        MonthlyNotification n = notifications.generate(admin, YearMonth.of(2026, 5));
        assertThat(List.of(n.getInspections(), n.getFindings(), n.getRectifiedOnTime(), n.getFindingsOverdue(),
                n.getMeasures())).containsExactly(2, 3, 1, 2, 1);
        assertThat(lines(n.getId(), "ITEM")).containsExactly(
                Map.of("name", "考勤制度执行", "findings", 2, "rectified_on_time", 1, "overdue", 0),
                Map.of("name", "一户一策制定", "findings", 1, "rectified_on_time", 0, "overdue", 1));
        assertThat(lines(n.getId(), "GROUP")).containsExactly(
                Map.of("name", name + "一组", "findings", 2, "rectified_on_time", 1, "overdue", 1),
                Map.of("name", name + "二组", "findings", 1, "rectified_on_time", 0, "overdue", 1));

        String page = mvc.perform(get("/notifications/" + n.getId()).with(user(admin.username()).roles("ORG_ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("本月督导检查 2 次，发现问题 3 个，其中按期整改销号 1 个；截至通报生成日逾期未整改 2 个；本月组织处理 1 人次。",
                name + "一组", "考勤制度执行");

        notifications.publish(admin, n.getId(), n.getVersion());
        assertThatThrownBy(() -> jdbc.update(
                "update notification_supervision_line set findings = 9 where notification_id = ?", n.getId()))
                .as("a published notification's supervision lines are frozen").hasMessageContaining("snapshot");
        assertThatThrownBy(() -> jdbc.update("""
                insert into notification_supervision_line (notification_id, kind, position, name)
                values (?, 'ITEM', 99, '补一行')""", n.getId())).hasMessageContaining("snapshot");
        assertThatThrownBy(() -> jdbc.update("update monthly_notification set findings = 9 where id = ?", n.getId()))
                .hasMessageContaining("snapshot");
    }

    private List<Map<String, Object>> lines(long notification, String kind) {
        return jdbc.queryForList("""
                select name, findings, rectified_on_time, overdue from notification_supervision_line
                where notification_id = ? and kind = ? order by position""", notification, kind);
    }

    private Inspection inspect(Scope inspector, SupervisionPlan plan, long group, LocalDate day,
                               List<ChecklistItem> items) {
        return work.record(inspector, plan.getId(), new InspectionWork.Record(group, day, false, null,
                Inspection.Questionnaire.NONE, items.stream().map(i -> new InspectionWork.ResultLine(i.getId(), true,
                        i.getMaxScore(), null)).toList(), Set.of(), null));
    }

    private Finding find(Scope inspector, Inspection inspection, ChecklistItem item, String what, LocalDate deadline) {
        return work.addFinding(inspector, inspection.getId(), new Finding.Details(item.getId(), null, what, null,
                Severity.MINOR, deadline), List.of());
    }

    private void close(Scope leader, Scope inspector, Finding finding) {
        long version = jdbc.queryForObject("select version from supervision_finding where id = ?", Long.class,
                finding.getId());
        Finding answered = findings.answer(leader, finding.getId(), version, "已整改");
        findings.verify(inspector, finding.getId(), answered.getVersion(), true, null);
    }
}
