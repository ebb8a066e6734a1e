package cn.helituan.app.station;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.job.JobService;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.station.StationService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rotation (轮换): the industry sub-team's leader records it on a village paired with the tea group, the handover is
 * written and signed off by both cadres with their own accounts (then frozen), and the daily job switches the
 * accounts on their days: run for the day before the end day and for the end day nothing (the outgoing cadre's last
 * day in office), on the day after the outgoing cadre's village account is disabled and the incoming cadre is in
 * office. The clock stands at 2026-06-10 10:00.
 */
class RotationTest extends FullStackTest {

    private static final Instant TEN_OCLOCK = LocalDateTime.of(2026, 6, 10, 10, 0).atZone(TestClock.ZONE).toInstant();
    private static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");

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
    JobService jobs;

    private StationedCadres cadres;

    @BeforeEach
    void tenOClock() {
        clock.set(TEN_OCLOCK);
        cadres = new StationedCadres(jdbc, demo, assisted, relationships, members, stations);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A tea-group member not stationed anywhere, with a plain member account of their own. */
    private record Incoming(String mobile, long memberId, RequestPostProcessor who) {
    }

    private Incoming incoming(String name) {
        String mobile = Pages.mobile();
        members.create(Scope.system(), new MemberDetails(unique(name), Gender.FEMALE, demo.workUnitId("县人民医院"),
                "科员", null, null, mobile, true, MemberType.CADRE, null), demo.unitId(Demo.TEA_GROUP),
                Position.MEMBER, LocalDate.of(2025, 1, 1));
        long member = jdbc.queryForObject("select id from member where mobile = ?", Long.class, mobile);
        String username = unique("incoming");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, member_id,
                                     must_change_password, created_at) values (?, 'x', ?, 'MEMBER', ?, ?, false, now())""",
                username, name, demo.unitId(Demo.TEA_GROUP), member);
        return new Incoming(mobile, member, user(username).roles("MEMBER"));
    }

    private MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private MvcResult rotate(long stationing, String endsOn, String mobile, String key) throws Exception {
        return send(post("/stationings/" + stationing + "/rotate"), SUB_TEAM, "endsOn", endsOn, "mobile", mobile,
                "situation", "村集体茶厂已投产，三户监测户待回访", "formKey", key,
                "version", String.valueOf(version("stationing", stationing)));
    }

    private long rotations() {
        return jdbc.queryForObject("select count(*) from station_rotation", Long.class);
    }

    @Test
    void theSubTeamLeaderRecordsARotationOnceAndRefusesWhatCannotBe() throws Exception {
        StationedCadres.Cadre out = cadres.station(cadres.village("轮换测试村"), "原书记", StationRole.FIRST_SECRETARY,
                LocalDate.of(2024, 3, 1), LocalDate.of(2026, 6, 30), "100");
        Incoming in = incoming("接任书记");
        assertThat(page("/stationings/" + out.stationingId(), SUB_TEAM)).contains("id=\"rotate-stationing\"");
        assertThat(page("/stationings/" + out.stationingId() + "/rotate", SUB_TEAM))
                .contains("name=\"formKey\"", "value=\"2026-06-30\"");
        long before = rotations();

        // the day is past; the incoming is the outgoing; no one with that mobile: the form again, nothing written
        assertThat(rotate(out.stationingId(), "2026-06-09", in.mobile(), UUID.randomUUID().toString())
                .getResponse().getContentAsString()).contains("结束日期不能早于今天");
        String own = jdbc.queryForObject("select mobile from member where id = ?", String.class, out.memberId());
        assertThat(rotate(out.stationingId(), "2026-06-20", own, UUID.randomUUID().toString())
                .getResponse().getContentAsString()).contains("接任干部不能是原驻村干部本人");
        assertThat(rotate(out.stationingId(), "2026-06-20", "13000000000", UUID.randomUUID().toString())
                .getResponse().getContentAsString()).contains("人员名册中没有这个手机号");
        MvcResult stale = send(post("/stationings/" + out.stationingId() + "/rotate"), SUB_TEAM, "endsOn",
                "2026-06-20", "mobile", in.mobile(), "situation", "过时的页面", "version", "99");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("过时的页面");
        assertThat(rotations()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select ends_on from stationing where id = ?", LocalDate.class,
                out.stationingId())).isNull();

        // saved once per key: the second post of the same form goes to the same rotation
        String key = UUID.randomUUID().toString();
        MvcResult saved = rotate(out.stationingId(), "2026-06-20", in.mobile(), key);
        long id = Pages.redirectId(saved);
        MvcResult again = send(post("/stationings/" + out.stationingId() + "/rotate"), SUB_TEAM, "endsOn",
                "2026-06-20", "mobile", in.mobile(), "formKey", key, "version", "0");
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/rotations/" + id);
        assertThat(rotations()).isEqualTo(before + 1);
        Map<String, Object> incoming = jdbc.queryForMap(
                "select s.starts_on, s.role, s.ends_on from stationing s join station_rotation r on r.incoming_id = s.id"
                        + " where r.id = ?", id);
        assertThat(incoming).containsEntry("starts_on", java.sql.Date.valueOf("2026-06-21"))
                .containsEntry("role", "FIRST_SECRETARY").containsEntry("ends_on", null);
        assertThat(jdbc.queryForObject("select ends_on from stationing where id = ?", LocalDate.class,
                out.stationingId())).isEqualTo(LocalDate.of(2026, 6, 20));
        // the outgoing stationing has ended by rotation: no second rotation of it
        assertThat(page("/stationings/" + out.stationingId(), SUB_TEAM)).doesNotContain("id=\"rotate-stationing\"")
                .contains("/rotations/" + id);
        assertThat(send(post("/stationings/" + out.stationingId() + "/rotate"), SUB_TEAM, "endsOn", "2026-06-25",
                "mobile", in.mobile(), "formKey", UUID.randomUUID().toString(),
                "version", String.valueOf(version("stationing", out.stationingId()))).getResponse().getStatus())
                .isNotEqualTo(302);
        assertThat(rotations()).isEqualTo(before + 1);
    }

    @Test
    void bothCadresSignTheHandoverWhichIsThenFrozenAndTheJobSwitchesOnItsDays() throws Exception {
        StationedCadres.Cadre out = cadres.station(cadres.village("交接测试村"), "原书记", StationRole.FIRST_SECRETARY,
                LocalDate.of(2024, 3, 1), null, "100");
        String village = jdbc.queryForObject("select name from assisted_object where id = ?", String.class,
                out.objectId());
        Incoming in = incoming("接任书记");
        long id = Pages.redirectId(rotate(out.stationingId(), "2026-06-20", in.mobile(), UUID.randomUUID().toString()));
        String url = "/rotations/" + id;
        assertThat(page(url, SUB_TEAM)).contains("交接进行中", "未办结的需求", "在建项目", "本年度未标记完成的计划任务",
                "村集体茶厂已投产", "将于 2026-06-21 由系统办理");

        // the outgoing cadre rewrites the text; a stale page is 409 with the text kept
        MvcResult stale = send(post(url + "/handover"), out.who(), "situation", "过时的交接内容", "version", "99");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("过时的交接内容");
        assertThat(send(post(url + "/handover"), out.who(), "situation", "茶厂已投产；三户监测户每月回访",
                "version", String.valueOf(version("station_rotation", id))).getResponse().getStatus()).isEqualTo(302);
        // the incoming cadre does not write it, signs it; then nobody writes it
        assertThat(send(post(url + "/handover"), in.who(), "situation", "改写", "version",
                String.valueOf(version("station_rotation", id))).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post(url + "/sign"), out.who(), "version", String.valueOf(version("station_rotation", id)))
                .getResponse().getStatus()).isEqualTo(302);
        MvcResult frozen = send(post(url + "/handover"), SUB_TEAM, "situation", "签字后再改",
                "version", String.valueOf(version("station_rotation", id)));
        assertThat(frozen.getResponse().getContentAsString()).contains("已有人签字，交接内容不能再修改");
        assertThat(send(post(url + "/sign"), out.who(), "version", String.valueOf(version("station_rotation", id)))
                .getResponse().getContentAsString()).contains("您已签过字");
        assertThat(send(post(url + "/sign"), SUB_TEAM, "version", String.valueOf(version("station_rotation", id)))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(page(url, in.who())).contains("id=\"sign-form\"").doesNotContain("id=\"handover-form\"");
        assertThat(send(post(url + "/sign"), in.who(), "version", String.valueOf(version("station_rotation", id)))
                .getResponse().getStatus()).isEqualTo(302);
        String done = page(url, SUB_TEAM);
        assertThat(done).contains("双方已签字，交接完成", "茶厂已投产；三户监测户每月回访").doesNotContain("签字后再改");
        assertThat(Jsoup.parse(done).select("#signed-outgoing").text()).isNotEqualTo("未签字");
        assertThat(Jsoup.parse(done).select("#signed-incoming").text()).isNotEqualTo("未签字");
        assertThat(Jsoup.parse(done).select("#history li").text()).contains("村情及工作情况", "原干部签字时间",
                "接任干部签字时间");

        // the job: the day before the end day and the end day itself change nothing (the outgoing cadre still checks
        // in on their last day); the day after disables their village account and notes the incoming in office
        jobs.execute("rotations-switch", LocalDate.of(2026, 6, 19), "system");
        assertThat(enabled(out)).isTrue();
        assertThat(switched(id)).containsEntry("outgoing_closed_on", null).containsEntry("incoming_opened_on", null);
        assertThat(jobs.execute("rotations-switch", LocalDate.of(2026, 6, 20), "system").getChanged()).isZero();
        assertThat(enabled(out)).isTrue();
        clock.set(TEN_OCLOCK.plusSeconds(86_400L * 10));
        assertThat(page("/checkin", in.who())).doesNotContain(village);
        assertThat(jobs.execute("rotations-switch", LocalDate.of(2026, 6, 21), "system").getChanged()).isPositive();
        assertThat(enabled(out)).isFalse();
        assertThat(switched(id)).containsEntry("outgoing_closed_on", java.sql.Date.valueOf("2026-06-21"))
                .containsEntry("incoming_opened_on", java.sql.Date.valueOf("2026-06-21"));
        assertThat(jobs.execute("rotations-switch", LocalDate.of(2026, 6, 21), "system").getChanged()).isZero();
        clock.set(TEN_OCLOCK.plusSeconds(86_400L * 11));
        assertThat(mvc.perform(get("/").with(out.who())).andReturn().getResponse().getStatus()).isNotEqualTo(200);
        assertThat(page("/checkin", in.who())).contains(village);
        assertThat(page(url, SUB_TEAM)).contains("2026-06-21").doesNotContain("由系统办理");
    }

    private Map<String, Object> switched(long id) {
        return jdbc.queryForMap("select outgoing_closed_on, incoming_opened_on from station_rotation where id = ?",
                id);
    }

    @Test
    void aRotationEndingTodayLeavesTheOutgoingCadreTheirLastDayAndSwitchesTheNext() throws Exception {
        StationedCadres.Cadre out = cadres.station(cadres.village("当日轮换村"), "原书记", StationRole.FIRST_SECRETARY,
                LocalDate.of(2025, 3, 1), null, null);
        Incoming in = incoming("接任书记");
        long id = Pages.redirectId(rotate(out.stationingId(), "2026-06-10", in.mobile(), UUID.randomUUID().toString()));
        assertThat(enabled(out)).isTrue();
        assertThat(send(post("/rotations/" + id + "/sign"), out.who(), "version",
                String.valueOf(version("station_rotation", id))).getResponse().getStatus()).isEqualTo(302);
        jobs.execute("rotations-switch", LocalDate.of(2026, 6, 11), "system");
        assertThat(enabled(out)).isFalse();
        assertThat(jdbc.queryForObject("select outgoing_closed_on from station_rotation where id = ?", LocalDate.class,
                id)).isEqualTo(LocalDate.of(2026, 6, 11));
    }

    @Test
    void theDueListsHoldTermsEndingWithin90DaysAndCadresStationedLongerThanTwoYears() throws Exception {
        long village = cadres.village("期满测试村");
        StationedCadres.Cadre ending = cadres.station(village, "期满干部", StationRole.FIRST_SECRETARY,
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 7), null);
        StationedCadres.Cadre longer = cadres.station(village, "久驻干部", StationRole.TEAM_LEADER,
                LocalDate.of(2024, 6, 10), LocalDate.of(2027, 6, 30), null);
        StationedCadres.Cadre neither = cadres.station(village, "新驻干部", StationRole.TEAM_MEMBER,
                LocalDate.of(2024, 6, 11), LocalDate.of(2026, 9, 9), null);
        // 2026-06-10 + 90 days is 2026-09-08: the first secretary's term ends within it, the team member's a day after
        assertThat(page("/rotations/due?kind=ENDING", ending.who())).contains("/stationings/" + ending.stationingId());
        assertThat(page("/rotations/due?kind=ENDING", neither.who())).doesNotContain("/stationings/" + neither.stationingId() + "\"");
        assertThat(page("/rotations/due?kind=ENDING", longer.who())).doesNotContain("/stationings/" + longer.stationingId() + "\"");
        // two years to the day (P2Y) is longer than the period; a day less is not
        assertThat(page("/rotations/due?kind=LONG", longer.who())).contains("/stationings/" + longer.stationingId());
        assertThat(page("/rotations/due?kind=LONG", neither.who())).doesNotContain("/stationings/" + neither.stationingId() + "\"");
        assertThat(page("/rotations/due?kind=LONG", ending.who())).doesNotContain("/stationings/" + ending.stationingId() + "\"");
        String longList = page("/rotations/due?kind=LONG", SUB_TEAM);
        int shown = Jsoup.parse(longList).select("#due-list li").size();
        String count = Jsoup.parse(longList).select("#due-count").text();
        assertThat(shown).isLessThanOrEqualTo(20);
        assertThat(count).isEqualTo("共 " + jdbc.queryForObject("""
                select count(*) from stationing s where s.starts_on <= date '2024-06-10'
                and (s.ends_on is null or s.ends_on >= date '2026-06-10')
                and not exists (select 1 from station_rotation nr where nr.outgoing_id = s.id)
                and exists (select 1 from assistance_relationship r join unit g on g.id = r.group_id
                            join unit t on t.id = ? where r.object_id = s.object_id and g.path like t.path || '%'
                            and r.starts_on <= date '2026-06-10' and r.ends_on >= date '2026-06-10'
                            and (r.ended_on is null or r.ended_on >= date '2026-06-10'))""", Long.class,
                demo.unitId(Demo.INDUSTRY)) + " 条驻村记录");
        assertThat(page("/stationings", SUB_TEAM)).contains("href=\"/rotations/due\"");
        MvcResult export = mvc.perform(get("/rotations/due/export?kind=LONG").with(SUB_TEAM)).andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
        // once its rotation is recorded, a term ending soon is due no more
        Incoming next = incoming("接任期满干部");
        rotate(ending.stationingId(), "2026-09-07", next.mobile(), UUID.randomUUID().toString());
        assertThat(page("/rotations/due?kind=ENDING", ending.who()))
                .doesNotContain("/stationings/" + ending.stationingId() + "\"");
    }

    private boolean enabled(StationedCadres.Cadre cadre) {
        return jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, cadre.scope().accountId());
    }
}
