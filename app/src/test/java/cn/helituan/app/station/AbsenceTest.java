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
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.station.StationService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
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
 * Days away on duty and leave (外出公务, 请假/销假): asked by the stationed cadre, decided once by the industry
 * sub-team's leader (whose tea group is paired with the test's villages) or the org admin, reported back from; each
 * refusal leaves the data as it was. The clock stands at 2026-06-10 10:00; the cadres are stationed from 2026-06-01
 * (planned until 2026-12-31).
 */
class AbsenceTest extends FullStackTest {

    private static final Instant TEN_OCLOCK = LocalDateTime.of(2026, 6, 10, 10, 0).atZone(TestClock.ZONE).toInstant();
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

    private StationedCadres.Cadre cadre() {
        return cadres.station(cadres.village("请假测试村"), "请假干部", cn.helituan.domain.assisted.StationRole.FIRST_SECRETARY,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), "100");
    }

    private MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    private MvcResult ask(StationedCadres.Cadre cadre, String kind, String from, String to, String... more)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/absences/new").param("kind", kind).param("startsOn", from)
                .param("endsOn", to).param("reason", "家中有事");
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return send(request, cadre.who());
    }

    private long asked(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsByteArray().length + "")
                .isEqualTo(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/absences/", ""));
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                select status, decided_by, decision_note, back_on::text as back_on, version
                from station_absence where id = ?""", id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from station_absence where id = ?", Long.class, id);
    }

    @Test
    void theCadreAsksLeaveTheSubTeamLeaderApprovesOnceAndTheCadreReportsBack() throws Exception {
        StationedCadres.Cadre cadre = cadre();
        assertThat(page("/absences/new?kind=LEAVE", cadre.who())).contains("id=\"absence-form\"", "2026-06-01");
        long id = asked(ask(cadre, "LEAVE", "2026-06-12", "2026-06-15"));
        assertThat(row(id)).containsEntry("status", "REQUESTED");
        assertThat(page("/absences/" + id, cadre.who())).contains("待审批", "2026-06-12 至 2026-06-15，共 4 天")
                .doesNotContain("id=\"decision-form\"");

        // the sub-team leader's queue and to-do list name it; the page offers the decision
        assertThat(page("/absences?status=REQUESTED", SUB_TEAM)).contains("/absences/" + id);
        assertThat(page("/todos", SUB_TEAM)).contains("请假或外出公务申请待审批", "/absences?status=REQUESTED");
        assertThat(page("/absences/" + id, SUB_TEAM)).contains("id=\"decision-form\"");

        // the cadre cannot decide their own request
        assertThat(send(post("/absences/" + id + "/decide"), cadre.who(), "approve", "true", "version",
                String.valueOf(version(id))).getResponse().getStatus()).isEqualTo(403);
        assertThat(row(id)).containsEntry("status", "REQUESTED");

        MvcResult approved = send(post("/absences/" + id + "/decide"), SUB_TEAM, "approve", "true", "note", "同意",
                "version", String.valueOf(version(id)));
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/absences/" + id);
        assertThat(row(id)).containsEntry("status", "APPROVED").containsEntry("decided_by", "subteam")
                .containsEntry("decision_note", "同意");
        assertThat(page("/absences/" + id, cadre.who())).contains("已批准", "同意", "审批意见")
                .contains("id=\"history\"");

        // deciding twice: refused on the page, nothing changed
        long before = version(id);
        MvcResult twice = send(post("/absences/" + id + "/decide"), ADMIN, "approve", "false", "note", "不同意",
                "version", String.valueOf(before));
        assertThat(twice.getResponse().getStatus()).isEqualTo(422);
        assertThat(twice.getResponse().getContentAsString()).contains("这条申请已经审批过");
        assertThat(row(id)).containsEntry("status", "APPROVED").containsEntry("version", before);

        // reporting back before the leave begins is refused; on its second day it ends the leave that day
        MvcResult early = send(post("/absences/" + id + "/back"), cadre.who(), "version", String.valueOf(before));
        assertThat(early.getFlashMap().get("failure")).isEqualTo("absence.back.outside");
        clock.set(TEN_OCLOCK.plusSeconds(86_400L * 3));
        assertThat(page("/absences/" + id, cadre.who())).contains("id=\"report-back\"");
        assertThat(send(post("/absences/" + id + "/back"), SUB_TEAM, "version", String.valueOf(before))
                .getResponse().getStatus()).as("only the cadre reports back").isEqualTo(403);
        MvcResult back = send(post("/absences/" + id + "/back"), cadre.who(), "version", String.valueOf(before));
        assertThat(back.getFlashMap().get("success")).isEqualTo("flash.absence.back");
        assertThat(row(id)).containsEntry("back_on", "2026-06-13");
        assertThat(page("/absences/" + id, cadre.who())).contains("销假日期", "2026-06-12 至 2026-06-15，共 4 天")
                .doesNotContain("id=\"report-back\"");
        MvcResult again = send(post("/absences/" + id + "/back"), cadre.who(), "version",
                String.valueOf(version(id)));
        assertThat(again.getFlashMap().get("failure")).isEqualTo("absence.back.twice");

        // the days after reporting back are free again: a new request from 06-14 does not overlap
        asked(ask(cadre, "AWAY", "2026-06-14", "2026-06-14", "awayReason", "TRAINING"));
    }

    @Test
    void badDatesOverlapsAndARefusalWithoutANoteAreRefusedWithNothingWritten() throws Exception {
        StationedCadres.Cadre cadre = cadre();
        long count = jdbc.queryForObject("select count(*) from station_absence", Long.class);
        assertThat(ask(cadre, "LEAVE", "2026-06-15", "2026-06-12").getResponse().getContentAsString())
                .contains("结束日期不能早于开始日期");
        assertThat(ask(cadre, "LEAVE", "2026-05-30", "2026-06-02").getResponse().getContentAsString())
                .contains("申请的日期须在驻村期限内（2026-06-01 至 2026-12-31）");
        assertThat(ask(cadre, "AWAY", "2026-12-30", "2027-01-02", "awayReason", "TRAINING").getResponse()
                .getContentAsString()).contains("申请的日期须在驻村期限内");
        assertThat(ask(cadre, "AWAY", "2026-06-11", "2026-06-11").getResponse().getContentAsString())
                .contains("请选择外出事由");
        MvcResult blank = send(post("/absences/new"), cadre.who(), "kind", "LEAVE", "startsOn", "2026-06-11",
                "endsOn", "2026-06-11", "reason", " ");
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(blank.getResponse().getContentAsString()).contains("请填写原因说明");
        assertThat(jdbc.queryForObject("select count(*) from station_absence", Long.class)).isEqualTo(count);

        long away = asked(ask(cadre, "AWAY", "2026-06-11", "2026-06-12", "awayReason", "COUNTY_MEETING"));
        // overlapping a request that waits
        assertThat(ask(cadre, "LEAVE", "2026-06-12", "2026-06-13").getResponse().getContentAsString())
                .contains("与你已提交或已批准的另一条申请重叠");
        // a refusal needs a note; with one the admin refuses, and the refused request no longer blocks the days
        MvcResult noNote = send(post("/absences/" + away + "/decide"), ADMIN, "approve", "false", "version",
                String.valueOf(version(away)));
        assertThat(noNote.getResponse().getStatus()).isEqualTo(422);
        assertThat(noNote.getResponse().getContentAsString()).contains("不批准时请填写审批意见");
        assertThat(row(away)).containsEntry("status", "REQUESTED");
        send(post("/absences/" + away + "/decide"), ADMIN, "approve", "false", "note", "会议已取消", "version",
                String.valueOf(version(away)));
        assertThat(row(away)).containsEntry("status", "REFUSED").containsEntry("decided_by", "admin");
        assertThat(page("/absences/" + away, cadre.who())).contains("未批准", "会议已取消", "到县里开会");
        asked(ask(cadre, "LEAVE", "2026-06-12", "2026-06-13"));

        // a stale decision: 409, nothing changed
        long leave = jdbc.queryForObject("""
                select id from station_absence where member_id = ? and status = 'REQUESTED'""", Long.class,
                cadre.memberId());
        MvcResult stale = send(post("/absences/" + leave + "/decide"), SUB_TEAM, "approve", "true", "version",
                String.valueOf(version(leave) + 1));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(row(leave)).containsEntry("status", "REQUESTED");
    }

    @Test
    void anotherVillagesCadreNeitherReadsNorDecidesAndTheirOwnListHoldsOnlyTheirs() throws Exception {
        StationedCadres.Cadre cadre = cadre();
        StationedCadres.Cadre other = cadre();
        long id = asked(ask(cadre, "LEAVE", "2026-06-20", "2026-06-21"));
        assertThat(mvc.perform(get("/absences/" + id).with(other.who())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(send(post("/absences/" + id + "/decide"), other.who(), "approve", "true", "version",
                String.valueOf(version(id))).getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/absences", other.who())).doesNotContain("/absences/" + id + "\"")
                .contains("共 0 条申请");
        assertThat(page("/absences", cadre.who())).contains("/absences/" + id, "共 1 条申请");
        assertThat(row(id)).containsEntry("status", "REQUESTED");
    }
}
