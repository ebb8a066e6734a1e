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
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.station.StationService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
 * Major-matter reports (重大事项报告): reported by the stationed cadre, acknowledged once with a note by the industry
 * sub-team's leader or the org admin; unacknowledged for more than 2 days, on the dashboard's attention list with a
 * link to the list that counts as many. The clock stands at 2026-06-10 10:00.
 */
class MajorMatterTest extends FullStackTest {

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
        return cadres.station(cadres.village("重大事项测试村"), "报告干部", StationRole.FIRST_SECRETARY,
                LocalDate.of(2026, 6, 1), null, null);
    }

    private MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    private MvcResult report(StationedCadres.Cadre cadre, String kind, String when, String what) throws Exception {
        return send(post("/major-matters/new"), cadre.who(), "kind", kind, "happenedAt", when, "what", what,
                "done", "已报告镇党委并到现场处置");
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select acknowledged_by, acknowledgement, version from station_major_matter where id = ?",
                id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from station_major_matter where id = ?", Long.class, id);
    }

    @Test
    void theCadreReportsTheSubTeamLeaderAcknowledgesOnceAndAnOverdueReportIsOnTheAttentionList() throws Exception {
        StationedCadres.Cadre cadre = cadre();
        long before = jdbc.queryForObject("select count(*) from station_major_matter", Long.class);
        assertThat(report(cadre, "EMERGENCY", "2026-06-10T11:00", "山洪").getResponse().getContentAsString())
                .contains("发生时间不能晚于现在");
        MvcResult blank = report(cadre, "EMERGENCY", "2026-06-10T08:00", " ");
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(blank.getResponse().getContentAsString()).contains("请填写事项经过");
        assertThat(report(cadre, "", "2026-06-10T08:00", "山洪").getResponse().getContentAsString())
                .contains("请选择事项类型");
        assertThat(report(cadre, "EMERGENCY", "昨天", "山洪").getResponse().getStatus()).isIn(200, 400, 422);
        assertThat(jdbc.queryForObject("select count(*) from station_major_matter", Long.class)).isEqualTo(before);

        MvcResult saved = report(cadre, "EMERGENCY", "2026-06-10T08:00", "凌晨山洪冲毁村道约 50 米");
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/major-matters/", ""));
        assertThat(page("/major-matters/" + id, cadre.who())).contains("待阅知", "凌晨山洪冲毁村道约 50 米",
                "2026-06-10 08:00", "突发事件").doesNotContain("id=\"acknowledge-form\"");
        assertThat(page("/major-matters?open=true", SUB_TEAM)).contains("/major-matters/" + id);
        assertThat(page("/todos", SUB_TEAM)).contains("条重大事项报告待阅知");

        // three days on, still waiting: overdue, on the attention list, whose figure is the count of its list
        clock.set(TEN_OCLOCK.plusSeconds(86_400L * 3));
        Element overdue = Jsoup.parse(page("/dashboard", SUB_TEAM)).selectFirst("#attention-matters a");
        assertThat(overdue).isNotNull();
        assertThat(overdue.attr("href")).isEqualTo("/major-matters?overdue=true");
        String figure = overdue.text().replaceAll("^(\\d+).*", "$1");
        String list = page("/major-matters?overdue=true", SUB_TEAM);
        assertThat(list).contains("id=\"matter-count\">共 " + figure + " 条报告", "/major-matters/" + id);

        // the cadre does not acknowledge their own; a note is needed; acknowledged once
        assertThat(send(post("/major-matters/" + id + "/acknowledge"), cadre.who(), "note", "好",
                "version", String.valueOf(version(id))).getResponse().getStatus()).isEqualTo(403);
        MvcResult noNote = send(post("/major-matters/" + id + "/acknowledge"), SUB_TEAM, "note", " ",
                "version", String.valueOf(version(id)));
        assertThat(noNote.getResponse().getStatus()).isEqualTo(422);
        assertThat(noNote.getResponse().getContentAsString()).contains("请填写阅知意见");
        assertThat(row(id)).containsEntry("acknowledged_by", null);
        MvcResult ok = send(post("/major-matters/" + id + "/acknowledge"), SUB_TEAM, "note", "已阅，注意群众安全",
                "version", String.valueOf(version(id)));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/major-matters/" + id);
        assertThat(row(id)).containsEntry("acknowledged_by", "subteam")
                .containsEntry("acknowledgement", "已阅，注意群众安全");
        long acknowledged = version(id);
        MvcResult twice = send(post("/major-matters/" + id + "/acknowledge"), ADMIN, "note", "再阅",
                "version", String.valueOf(acknowledged));
        assertThat(twice.getResponse().getStatus()).isEqualTo(422);
        assertThat(twice.getResponse().getContentAsString()).contains("这条报告已经阅知");
        assertThat(version(id)).isEqualTo(acknowledged);
        assertThat(page("/major-matters/" + id, cadre.who())).contains("已阅知", "已阅，注意群众安全", "id=\"history\"");
        assertThat(page("/major-matters?overdue=true", SUB_TEAM)).doesNotContain("/major-matters/" + id + "\"");

        // another village's cadre neither reads nor acknowledges it
        StationedCadres.Cadre other = cadre();
        assertThat(mvc.perform(get("/major-matters/" + id).with(other.who())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(page("/major-matters", other.who())).contains("共 0 条报告");
    }
}
