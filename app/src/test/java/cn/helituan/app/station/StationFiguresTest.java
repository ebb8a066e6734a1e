package cn.helituan.app.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.station.AttendanceFigures;
import cn.helituan.domain.station.AttendanceService;
import cn.helituan.domain.station.CheckInService;
import cn.helituan.domain.station.StationService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard's stationed-cadre figures against the lists they open, on Wednesday 10 June 2026 at 10:00. Two cadres
 * of the test's own are stationed in villages paired with the tea group (the industry sub-team's): A from 1 June, who
 * checks in today, and B from 5 June, who does not. Worked by hand, they add to the sub-team leader's figures: 2
 * stationed, 1 check-in today, and to June's sheet 1 day present (A today) and 10 absent (A: 1–5 and 8–9 June, 7
 * working days; B: 5, 8 and 9 June, 3; today is not over). Each figure equals the count of its list with the same
 * filters; for May (a past period) the figures are those of 31 May and its month. A group leader sees no such section.
 */
class StationFiguresTest extends FullStackTest {

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
    AttendanceService attendance;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachFigureIsTheCountOfTheListItOpensWithTheSameFilters() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 10, 10, 0).atZone(TestClock.ZONE).toInstant());
        Document before = page("/dashboard?period=MONTH&month=2026-06", SUB_TEAM);
        long stationed = figure(before, "#station-stationed");
        long checkedIn = figure(before, "#station-checkins");
        AttendanceFigures june = attendance.totals(subteam(), YearMonth.of(2026, 6), null, false);

        StationedCadres cadres = new StationedCadres(jdbc, demo, assisted, relationships, members, stations);
        StationedCadres.Cadre a = cadres.station(cadres.village("看板驻村村"), "看板甲", StationRole.FIRST_SECRETARY,
                LocalDate.of(2026, 6, 1), null, "100");
        cadres.station(cadres.village("看板驻村村"), "看板乙", StationRole.FIRST_SECRETARY, LocalDate.of(2026, 6, 5),
                null, "100");
        byte[] photo = ExifJpeg.plain(610_2026);
        checkIns.checkIn(a.scope(), a.objectId(), new CheckInService.Command(34.36, 107.24, 10.0,
                new PhotoUpload("image/jpeg", 64, 48, null, photo, photo), null, null));

        Document after = page("/dashboard?period=MONTH&month=2026-06", SUB_TEAM);
        assertThat(after.selectFirst("#station-figures h2").text()).isEqualTo("驻村干部（今天）");
        assertThat(figure(after, "#station-stationed")).isEqualTo(stationed + 2);
        assertThat(figure(after, "#station-checkins")).isEqualTo(checkedIn + 1);
        AttendanceFigures now = attendance.totals(subteam(), YearMonth.of(2026, 6), null, false);
        assertThat(now.present() - june.present()).isEqualTo(1);
        assertThat(now.absent() - june.absent()).isEqualTo(10);
        assertThat(after.selectFirst("#station-rate .stat-value").text()).isEqualTo(now.rate() + "%");
        agrees(after, SUB_TEAM, "2026-06-10", "2026-06");

        // the department's dashboard: the same agreement over every village
        agrees(page("/dashboard?period=MONTH&month=2026-06", ADMIN), ADMIN, "2026-06-10", "2026-06");

        // a past period: the figures of its last day and its month
        Document may = page("/dashboard?period=MONTH&month=2026-05", SUB_TEAM);
        assertThat(may.selectFirst("#station-figures h2").text()).contains("2026-05-31");
        assertThat(may.selectFirst("#station-checkins").text()).contains("2026-05-31 打卡");
        agrees(may, SUB_TEAM, "2026-05-31", "2026-05");

        // a group leader reads no village's lines: no section
        assertThat(page("/dashboard", user("leader").roles("GROUP_LEADER")).select("#station-figures")).isEmpty();
    }

    /** The three figures and the counts of the lists they open, which carry the day and the month. */
    private void agrees(Document dashboard, RequestPostProcessor who, String day, String month) throws Exception {
        String register = dashboard.selectFirst("#station-stationed").attr("href");
        assertThat(register).isEqualTo("/stationings?on=" + day);
        assertThat(number(page(register, who).selectFirst("#stationing-count").text()))
                .isEqualTo(figure(dashboard, "#station-stationed"));
        String list = dashboard.selectFirst("#station-checkins").attr("href");
        assertThat(list).isEqualTo("/checkins/day?day=" + day);
        Document checkInList = page(list, who);
        assertThat(checkInList.selectFirst("#checkin-count").text()).startsWith(day + " 共 "
                + figure(dashboard, "#station-checkins") + " 次打卡");
        String sheet = dashboard.selectFirst("#station-rate").attr("href");
        assertThat(sheet).isEqualTo("/attendance?month=" + month);
        String rate = dashboard.selectFirst("#station-rate .stat-value").text();
        Document sheetPage = page(sheet, who);
        String total = sheetPage.select("#attendance-totals").attr("data-rate");
        assertThat(total.isEmpty() ? "—" : total + "%").isEqualTo(rate);
    }

    private static long figure(Document page, String css) {
        return Long.parseLong(page.selectFirst(css + " .stat-value").text());
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("\\D*(\\d+).*", "$1"));
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private Scope subteam() {
        return new Scope(jdbc.queryForObject("select id from account where username = 'subteam'", Long.class),
                "subteam", Role.SUB_TEAM_LEADER, demo.unitId(Demo.INDUSTRY),
                jdbc.queryForObject("select path from unit where id = ?", String.class, demo.unitId(Demo.INDUSTRY)),
                null, null);
    }
}
