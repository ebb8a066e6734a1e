package cn.helituan.app.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceService;
import cn.helituan.domain.station.AwayReason;
import cn.helituan.domain.station.CheckInService;
import cn.helituan.domain.station.StationService;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The monthly attendance sheet on a hand-worked June 2026 (1 June is a Monday; 22 working days, weekends 6–7, 13–14,
 * 20–21, 27–28), read on 2 July:
 * <pre>
 * A, first secretary from 1 June, 100 yuan a day:
 *   check-ins in order 1, 2, 3, 6 (a Saturday) and 9 June          present  5
 *   a check-in without accuracy on 4 June                            doubtful 1
 *   away on duty 8–9 June, approved (9 June checked in: present)     away     1
 *   leave 15–19 June approved, reported back on 17 June (15–17);
 *   leave 27–28 June (a weekend) approved: no working day missed, not counted   leave    3
 *   leave 22–23 refused, away on 24 June never decided: absent;
 *   working days with nothing: 5, 10–12, 18–19, 22–26, 29–30         absent  13
 *   subsidy (5 + 1) × 100 = 600.00
 * B, team member from 15 June, 80 yuan a day: a check-in on 15 June; 11 other working days of the term absent:
 *   1/0/0/0/11, subsidy 80.00
 * </pre>
 */
class AttendanceTest extends FullStackTest {

    private static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    TestClock clock;
    @Autowired
    AssistedService assisted;
    @Autowired
    RelationshipService relationships;
    @Autowired
    MemberService members;
    @Autowired
    StationService stations;
    @Autowired
    CheckInService checkIns;
    @Autowired
    AbsenceService absences;
    @Autowired
    cn.helituan.domain.station.AttendanceService attendance;
    @Autowired
    cn.helituan.domain.notification.NotificationService notifications;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void on(int month, int day) {
        clock.set(LocalDateTime.of(2026, month, day, 10, 0).atZone(TestClock.ZONE).toInstant());
    }

    private void checkIn(StationedCadres.Cadre cadre, int day, Double accuracy) throws Exception {
        on(6, day);
        byte[] photo = ExifJpeg.plain(ThreadLocalRandom.current().nextInt(1, 1 << 30));
        checkIns.checkIn(cadre.scope(), cadre.objectId(), new CheckInService.Command(34.36 + day * 0.0001, 107.24,
                accuracy, new PhotoUpload("image/jpeg", 64, 48, null, photo, photo), null, null));
    }

    private long ask(StationedCadres.Cadre cadre, AbsenceKind kind, int from, int to) {
        return absences.ask(cadre.scope(), new AbsenceService.Ask(kind, kind == AbsenceKind.AWAY
                ? AwayReason.TRAINING : null, LocalDate.of(2026, 6, from), LocalDate.of(2026, 6, to), "考勤测试"))
                .getId();
    }

    private Scope subteam() {
        return new Scope(jdbc.queryForObject("select id from account where username = 'subteam'",
                Long.class), "subteam", cn.helituan.domain.common.Role.SUB_TEAM_LEADER, demo.unitId(Demo.INDUSTRY),
                jdbc.queryForObject("select path from unit where id = ?", String.class, demo.unitId(Demo.INDUSTRY)),
                null, null);
    }

    private void decide(long id, boolean approve) {
        long version = jdbc.queryForObject("select version from station_absence where id = ?", Long.class, id);
        absences.decide(subteam(), id, version, approve, approve ? null : "不同意");
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** A line's five figures, as the page shows them, each checked against the list of days it links to. */
    private List<Integer> figuresOf(Document sheet, long stationingId, RequestPostProcessor who) throws Exception {
        Element row = sheet.selectFirst("tr[data-stationing=" + stationingId + "]");
        assertThat(row).as("the line of stationing %s", stationingId).isNotNull();
        List<Integer> figures = new ArrayList<>();
        for (Element link : row.select("a[data-kind]")) {
            int figure = Integer.parseInt(link.text());
            Document days = page(link.attr("href"), who);
            assertThat(days.select("#attendance-days li")).as("the days behind %s", link.attr("href"))
                    .hasSize(figure)
                    .allSatisfy(li -> assertThat(li.attr("data-kind")).isEqualTo(link.attr("data-kind")));
            figures.add(figure);
        }
        return figures;
    }

    @Test
    void theSheetCountsEachKindOfDayOnAHandWorkedMonthAndEveryFigureLinksToItsDays() throws Exception {
        on(6, 1);
        long village = new StationedCadres(jdbc, demo, assisted, relationships, members, stations)
                .village("考勤表测试村");
        StationedCadres cadres = new StationedCadres(jdbc, demo, assisted, relationships, members, stations);
        StationedCadres.Cadre a = cadres.station(village, "考勤甲", StationRole.FIRST_SECRETARY,
                LocalDate.of(2026, 6, 1), null, "100");
        decide(ask(a, AbsenceKind.AWAY, 8, 9), true);
        long leave = ask(a, AbsenceKind.LEAVE, 15, 19);
        decide(leave, true);
        decide(ask(a, AbsenceKind.LEAVE, 22, 23), false);
        long undecided = ask(a, AbsenceKind.AWAY, 24, 24);
        decide(ask(a, AbsenceKind.LEAVE, 27, 28), true);
        for (int day : new int[] {1, 2, 3, 6, 9}) {
            checkIn(a, day, 15.0);
        }
        checkIn(a, 4, null);
        on(6, 15);
        StationedCadres.Cadre b = cadres.station(village, "考勤乙", StationRole.TEAM_MEMBER,
                LocalDate.of(2026, 6, 15), null, "80");
        checkIn(b, 15, 10.0);
        on(6, 17);
        long version = jdbc.queryForObject("select version from station_absence where id = ?", Long.class, leave);
        absences.reportBack(a.scope(), leave, version);

        // the month not ended: the village's approval is refused
        MvcResult early = mvc.perform(post("/attendance/villages/" + village + "/approve").param("month", "2026-06")
                .with(SUB_TEAM).with(csrf())).andReturn();
        assertThat(early.getResponse().getStatus()).isEqualTo(422);
        assertThat(early.getResponse().getContentAsString()).contains("这个月还没有结束");

        on(7, 2);
        String url = "/attendance?month=2026-06&object=" + village;
        Document sheet = page(url, SUB_TEAM);
        assertThat(sheet.select("#attendance-sheet tbody tr")).hasSize(2);
        assertThat(sheet.text()).contains("每月应在村 20 天");
        assertThat(figuresOf(sheet, a.stationingId(), SUB_TEAM)).containsExactly(5, 1, 1, 3, 13);
        assertThat(figuresOf(sheet, b.stationingId(), SUB_TEAM)).containsExactly(1, 0, 0, 0, 11);
        assertThat(sheet.selectFirst("tr[data-stationing=" + a.stationingId() + "]").text()).contains("600.00",
                "未审核");
        assertThat(sheet.selectFirst("tr[data-stationing=" + b.stationingId() + "]").text()).contains("80.00");
        // the leave's days name the request; reported back on the 17th, the 18th and 19th are absent
        Document leaveDays = page("/attendance/stationings/" + a.stationingId() + "?month=2026-06&kind=LEAVE",
                SUB_TEAM);
        assertThat(leaveDays.select("#attendance-days li strong")).extracting(Element::text)
                .as("the weekend's leave missed no working day").containsExactly("2026-06-15", "2026-06-16", "2026-06-17");
        assertThat(leaveDays.select("#attendance-days a[href=/absences/" + leave + "]")).hasSize(3);
        assertThat(page("/attendance/stationings/" + a.stationingId() + "?month=2026-06&kind=ABSENT", SUB_TEAM)
                .select("#attendance-days li strong")).extracting(Element::text)
                .containsExactly("2026-06-05", "2026-06-10", "2026-06-11", "2026-06-12", "2026-06-18", "2026-06-19",
                        "2026-06-22", "2026-06-23", "2026-06-24", "2026-06-25", "2026-06-26", "2026-06-29",
                        "2026-06-30");
        // the cadre reads their own line, not the other's
        Document own = page("/attendance?month=2026-06", a.who());
        assertThat(own.select("#attendance-sheet tbody tr")).hasSize(1);
        assertThat(figuresOf(own, a.stationingId(), a.who())).containsExactly(5, 1, 1, 3, 13);
        assertThat(mvc.perform(get("/attendance/stationings/" + b.stationingId()).with(a.who())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/attendance/villages/" + village + "?month=2026-06").with(a.who())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        // a sub-team leader stationed in the village that month would approve their own days and subsidy: refused
        Scope stationedLeader = new Scope(subteam().accountId(), "subteam", subteam().role(), subteam().unitId(),
                subteam().unitPath(), null, a.memberId());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> attendance.approve(stationedLeader, village,
                        java.time.YearMonth.of(2026, 6), null))
                .isInstanceOfSatisfying(cn.helituan.domain.common.RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("attendance.approve.own"));
        assertThat(jdbc.queryForObject("select count(*) from station_attendance_approval where object_id = ?",
                Long.class, village)).isZero();

        // the sub-team leader approves the village's June: frozen with who and when
        Document villagePage = page("/attendance/villages/" + village + "?month=2026-06", SUB_TEAM);
        String figures = villagePage.selectFirst("#attendance-approve input[name=figures]").val();
        assertThat(figures).isEqualTo(a.stationingId() + ":5/1/1/3/13;" + b.stationingId() + ":1/0/0/0/11");
        MvcResult stale = mvc.perform(post("/attendance/villages/" + village + "/approve").param("month", "2026-06")
                .param("figures", "0:0/0/0/0/0").with(SUB_TEAM).with(csrf())).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        MvcResult approved = mvc.perform(post("/attendance/villages/" + village + "/approve")
                .param("month", "2026-06").param("figures", figures).with(SUB_TEAM).with(csrf())).andReturn();
        assertThat(approved.getResponse().getRedirectedUrl())
                .isEqualTo("/attendance/villages/" + village + "?month=2026-06");
        assertThat(jdbc.queryForMap("select approved_by, figures from station_attendance_approval where object_id = ?",
                village)).containsEntry("approved_by", "subteam").containsEntry("figures", figures);
        assertThat(page("/attendance/villages/" + village + "?month=2026-06", SUB_TEAM).text())
                .contains("已审核", "重新审核");
        assertThat(page(url, SUB_TEAM).selectFirst("tr[data-stationing=" + a.stationingId() + "]").text())
                .contains("已审核");

        // a late decision changes June: the sheet says so and the village page shows the figures as approved
        decide(undecided, true);
        Document changed = page(url, SUB_TEAM);
        assertThat(figuresOf(changed, a.stationingId(), SUB_TEAM)).containsExactly(5, 1, 2, 3, 12);
        assertThat(changed.selectFirst("tr[data-stationing=" + a.stationingId() + "]").text())
                .contains("审核后有变动", "700.00");
        Document changedVillage = page("/attendance/villages/" + village + "?month=2026-06", SUB_TEAM);
        assertThat(changedVillage.selectFirst("tr.as-approved").text()).contains("审核时", "5 1 1 3 13");
        assertThat(changedVillage.text()).contains("重新审核");

        // the missing check-ins of June: on the sub-team leader's dashboard for June, linking to the sheet's lines
        // with an absent day, which hold A and B, and counted as many in the month's notification
        Document dashboard = page("/dashboard?period=MONTH&month=2026-06", SUB_TEAM);
        Element missing = dashboard.selectFirst("#attention-missing a");
        assertThat(missing.attr("href")).isEqualTo("/attendance?month=2026-06&absent=true");
        long count = Long.parseLong(missing.text().replaceAll("^(\\d+).*", "$1"));
        assertThat(count).isEqualTo(attendance.missing(subteam(), java.time.YearMonth.of(2026, 6)));
        Document absentList = page(missing.attr("href"), SUB_TEAM);
        assertThat(absentList.selectFirst("#attendance-count").text()).isEqualTo("2026-06 共 " + count
                + " 名驻村干部有缺勤");
        assertThat(page("/attendance?month=2026-06&absent=true&object=" + village, SUB_TEAM)
                .select("#attendance-sheet tbody tr")).hasSize(2);
        // generated and rolled back: a draft left behind would be the sub-team leader's to publish in other tests
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long generated = notifications.generate(subteam(), java.time.YearMonth.of(2026, 6)).getId();
            assertThat(jdbc.queryForObject("select missing_checkins from monthly_notification where id = ?",
                    Long.class, generated)).isEqualTo(count);
            tx.setRollbackOnly();
        });

        // the export, the subsidy's basis: the same figures and the subsidy
        MvcResult export = mvc.perform(get("/attendance/export?month=2026-06&object=" + village).with(ADMIN))
                .andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                export.getResponse().getContentAsByteArray()))) {
            Sheet rows = workbook.getSheetAt(0);
            List<String> lines = new ArrayList<>();
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)));
                lines.add(String.join("|", cells));
            }
            assertThat(lines.get(0)).startsWith("村（社区）|驻村干部|驻村身份|应在村天数|在岗|存疑|外出公务|请假|缺勤|补助天数");
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("考勤甲", "|20|5|1|2|3|12|7|100", "700",
                    jdbc.queryForObject("select display_name from account where username = 'subteam'", String.class),
                    "审核后有变动"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("考勤乙", "|20|1|0|0|0|11|1|80"));
        }
    }
}
