package cn.helituan.app.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.PublishedTownRounds;
import cn.helituan.domain.contest.ContestPresenter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The year end, on a year of the test's own (2031, no demo contest in it): the industry sub-team's published town
 * contest with three roster members presenting; the sub-team recommends two and is refused a third (the quota, in the
 * service with its message and in the database whatever code runs); the county's admin selects one as 担当作为好支书,
 * marked on the member's page.
 */
class ContestYearEndTest extends FullStackTest {

    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final int YEAR = 2031;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    PublishedTownRounds rounds;

    MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    /** The published round and its three member presenters, all at one stop (their ids). */
    List<Long> publishedRoundWithThreePresenters() {
        List<String> mobiles = rounds.mobilesUnder(demo.unitId(Demo.TEA_GROUP), 3);
        return rounds.publish(YEAR, demo.unitId(Demo.INDUSTRY), List.of(new PublishedTownRounds.Stop(
                rounds.village("青山村"), mobiles, 8))).stream().map(ContestPresenter::getId).toList();
    }

    MvcResult recommend(long presenter) throws Exception {
        return send(post("/contests/year-end/recommend"), SUB_TEAM, "unitId",
                String.valueOf(demo.unitId(Demo.INDUSTRY)), "year", String.valueOf(YEAR), "presenterId",
                String.valueOf(presenter), "reason", "带头致富");
    }

    long live() {
        return jdbc.queryForObject("""
                select count(*) from contest_recommendation where unit_id = ? and year = ? and not withdrawn""",
                Long.class, demo.unitId(Demo.INDUSTRY), YEAR);
    }

    @Test
    void aTownRecommendsAtMostTwoAndTheCountySelectsAGoodSecretaryMarkedOnTheirPage() throws Exception {
        List<Long> presenters = publishedRoundWithThreePresenters();
        String page = mvc.perform(get("/contests/year-end?year=" + YEAR).with(SUB_TEAM)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("已推荐 0/2", "查看人选并推荐");
        // the towns with published results, counted as the page lists them (20 a page)
        org.jsoup.nodes.Document towns = org.jsoup.Jsoup.parse(page);
        assertThat(towns.getElementById("year-end-count").text())
                .isEqualTo("共 " + towns.select("section.town").size() + " 个乡镇有本年度已发布的擂台赛结果。");

        assertThat(recommend(presenters.get(0)).getFlashMap().get("success")).isEqualTo("flash.contest.recommended");
        // from the page the form was on, back to it at the town
        assertThat(send(post("/contests/year-end/recommend"), SUB_TEAM, "unitId",
                String.valueOf(demo.unitId(Demo.INDUSTRY)), "year", String.valueOf(YEAR), "presenterId",
                String.valueOf(presenters.get(0)), "page", "2").getResponse().getRedirectedUrl())
                .isEqualTo("/contests/year-end?year=" + YEAR + "&page=2#town-" + demo.unitId(Demo.INDUSTRY));
        assertThat(recommend(presenters.get(0)).getFlashMap().get("failure")).isEqualTo("contest.recommend.duplicate");
        assertThat(recommend(presenters.get(1)).getFlashMap().get("success")).isEqualTo("flash.contest.recommended");
        MvcResult third = recommend(presenters.get(2));
        assertThat(third.getFlashMap().get("failure")).isEqualTo("contest.recommend.quota");
        assertThat(live()).isEqualTo(2);
        String refused = mvc.perform(get("/contests/year-end?year=" + YEAR).with(SUB_TEAM)
                .flashAttr("failure", "contest.recommend.quota").flashAttr("failureArgs", new Object[] {2}))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("每个乡镇每年最多推荐 2 人", "已推荐 2/2");
        // the database holds the quota whatever code runs
        long member = jdbc.queryForObject("select member_id from contest_presenter where id = ?", Long.class,
                presenters.get(2));
        assertThatThrownBy(() -> jdbc.update("""
                insert into contest_recommendation (id, year, unit_id, member_id, presenter_id, created_at)
                values (nextval('contest_recommendation_id_seq'), ?, ?, ?, ?, now())""", YEAR,
                demo.unitId(Demo.INDUSTRY), member, presenters.get(2))).hasMessageContaining("at most two");
        assertThat(live()).isEqualTo(2);

        // a withdrawal frees a place
        long first = jdbc.queryForObject("select id from contest_recommendation where presenter_id = ?", Long.class,
                presenters.get(0));
        assertThat(send(post("/contests/recommendations/" + first + "/withdraw"), SUB_TEAM, "version", "0", "year",
                String.valueOf(YEAR)).getFlashMap().get("success")).isEqualTo("flash.saved");
        assertThat(recommend(presenters.get(2)).getFlashMap().get("success")).isEqualTo("flash.contest.recommended");
        assertThat(live()).isEqualTo(2);

        // the sub-team does not select; the county's admin does, and the member's page shows it
        long second = jdbc.queryForObject("select id from contest_recommendation where presenter_id = ?", Long.class,
                presenters.get(1));
        assertThat(send(post("/contests/recommendations/" + second + "/select"), SUB_TEAM, "version", "0", "year",
                String.valueOf(YEAR)).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post("/contests/recommendations/" + second + "/select"), ADMIN, "version", "0", "year",
                String.valueOf(YEAR)).getFlashMap().get("success")).isEqualTo("flash.contest.selected");
        // the year's page keeps who selected it by the person's name (the history's entry), not an account's user name
        org.jsoup.nodes.Document trail = org.jsoup.Jsoup.parse(mvc.perform(get("/contests/year-end?year=" + YEAR)
                .with(ADMIN)).andReturn().getResponse().getContentAsString());
        String admin = jdbc.queryForObject("select display_name from account where username = 'admin'", String.class);
        assertThat(trail.getElementById("history").text()).contains(admin + " · 修改", "担当作为好支书: 否 → 是")
                .doesNotContain("确定人");
        long selected = jdbc.queryForObject("select member_id from contest_presenter where id = ?", Long.class,
                presenters.get(1));
        String memberPage = mvc.perform(get("/members/" + selected).with(ADMIN)).andReturn().getResponse()
                .getContentAsString();
        assertThat(memberPage).contains("good-secretary-badge", YEAR + " 年度担当作为好支书");
        // a selected recommendation is not withdrawn
        assertThat(send(post("/contests/recommendations/" + second + "/withdraw"), SUB_TEAM, "version", "1", "year",
                String.valueOf(YEAR)).getFlashMap().get("failure")).isEqualTo("contest.recommend.selected");
        // a presenter of another year's contest (the demo's) is not this year's candidate
        long other = jdbc.queryForObject("""
                select min(p.id) from contest_presenter p join contest_stop s on s.id = p.stop_id
                join contest_round r on r.id = s.round_id where r.year <> ? and p.member_id is not null""",
                Long.class, YEAR);
        MvcResult stranger = send(post("/contests/year-end/recommend"), ADMIN, "unitId",
                String.valueOf(demo.unitId(Demo.INDUSTRY)), "year", String.valueOf(YEAR), "presenterId",
                String.valueOf(other));
        assertThat(stranger.getFlashMap().get("failure")).isEqualTo("contest.recommend.notCandidate");
    }

    /**
     * A town with seven candidates a year: the year's page links to the town's own page, which lists all seven, best
     * ranked first, and counts them; a recommendation made there comes back to it, and both pages show it.
     */
    @Test
    void aTownsOwnPageListsEveryCandidateByRankAndTheYearsPageLinksToIt() throws Exception {
        int year = 2032;
        long town = demo.unitId(Demo.INDUSTRY);
        // seven stops, one presenter each, the n-th stop marked n + 1 by the judge: the last stop ranks first
        List<String> mobiles = rounds.mobilesUnder(town, 7);
        assertThat(mobiles).hasSize(7);
        List<PublishedTownRounds.Stop> stops = new java.util.ArrayList<>();
        for (int n = 0; n < 7; n++) {
            stops.add(new PublishedTownRounds.Stop(rounds.village("青山村"), List.of(mobiles.get(n)), n + 1));
        }
        List<String> names = new java.util.ArrayList<>(rounds.publish(year, town, stops).stream()
                .map(ContestPresenter::getName).toList());
        java.util.Collections.reverse(names);

        org.jsoup.nodes.Document yearPage = org.jsoup.Jsoup.parse(mvc.perform(get("/contests/year-end?year=" + year)
                .with(SUB_TEAM)).andReturn().getResponse().getContentAsString());
        org.jsoup.nodes.Element section = yearPage.getElementById("town-" + town);
        assertThat(section.select("ul.candidates")).isEmpty();
        String townPath = "/contests/year-end/towns/" + town + "?year=" + year;
        assertThat(section.select("a.year-end-candidates").attr("href")).isEqualTo(townPath);
        assertThat(section.select("a.year-end-candidates").text()).isEqualTo("查看人选并推荐");

        org.jsoup.nodes.Document townPage = org.jsoup.Jsoup.parse(mvc.perform(get(townPath).with(SUB_TEAM))
                .andReturn().getResponse().getContentAsString());
        assertThat(townPage.select("ul.candidates > li strong").eachText()).isEqualTo(names);
        // ranked 1 to 7, the totals falling
        List<String> badges = townPage.select("ul.candidates > li .badge").eachText();
        assertThat(badges).hasSize(7);
        for (int k = 0; k < 7; k++) {
            assertThat(badges.get(k)).startsWith("第 " + (k + 1) + " 名 · ");
        }
        assertThat(badges.stream().map(b -> new BigDecimal(b.substring(b.indexOf("· ") + 2))).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(townPage.getElementById("town-candidate-count").text()).startsWith("本年度擂台汇报 7 人次");
        assertThat(townPage.select("a.year-end-candidates")).isEmpty();
        assertThat(townPage.getElementById("year-end-back").attr("href")).isEqualTo("/contests/year-end?year=" + year);
        // the last ranked, recommended from the town's page: back to that page, marked on both
        String seventh = townPage.select("ul.candidates > li").get(6).select("input[name=presenterId]").val();
        MvcResult made = send(post("/contests/year-end/recommend"), SUB_TEAM, "unitId", String.valueOf(town),
                "year", String.valueOf(year), "presenterId", seventh, "town", "true", "page", "1");
        assertThat(made.getFlashMap().get("success")).isEqualTo("flash.contest.recommended");
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/contests/year-end/towns/" + town + "?year="
                + year + "&page=1");
        String after = mvc.perform(get(townPath).with(SUB_TEAM)).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(after).select("ul.recommended strong").eachText())
                .containsExactly(names.get(6));
        assertThat(after).contains("已推荐 1/2");
        String yearAfter = mvc.perform(get("/contests/year-end?year=" + year).with(SUB_TEAM)).andReturn()
                .getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(yearAfter).getElementById("town-" + town).select("ul.recommended strong")
                .eachText()).containsExactly(names.get(6));

        // the county's admin, who selects, finds the recommendation and its button on the town's page
        org.jsoup.nodes.Document admin = org.jsoup.Jsoup.parse(mvc.perform(get(townPath).with(ADMIN)).andReturn()
                .getResponse().getContentAsString());
        assertThat(admin.select("ul.recommended strong").eachText()).containsExactly(names.get(6));
        assertThat(admin.select("ul.recommended button.select-good-secretary")).hasSize(1);
        assertThat(admin.select("ul.recommended input[name=town]").eachAttr("value")).containsOnly("true");
        // not a town, or no such unit: not found
        assertThat(mvc.perform(get("/contests/year-end/towns/" + demo.unitId(Demo.TEA_GROUP) + "?year=" + year)
                .with(ADMIN)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/contests/year-end/towns/999999999?year=" + year).with(ADMIN)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    /** A member who presented twice in the year is two lines of the town's page, both marked once one is recommended. */
    @Test
    void aMemberWhoPresentedTwiceIsRecommendedOnce() throws Exception {
        int year = 2033;
        long town = demo.unitId(Demo.INDUSTRY);
        List<String> mobile = rounds.mobilesUnder(town, 1);
        List<ContestPresenter> twice = rounds.publish(year, town, List.of(
                new PublishedTownRounds.Stop(rounds.village("青山村"), mobile, 9),
                new PublishedTownRounds.Stop(rounds.village("青山村"), mobile, 5)));
        assertThat(send(post("/contests/year-end/recommend"), SUB_TEAM, "unitId", String.valueOf(town), "year",
                String.valueOf(year), "presenterId", String.valueOf(twice.get(1).getId()), "town", "true")
                .getFlashMap().get("success")).isEqualTo("flash.contest.recommended");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/contests/year-end/towns/" + town
                + "?year=" + year).with(SUB_TEAM)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("ul.candidates > li")).hasSize(2)
                .allSatisfy(li -> assertThat(li.select(".badge.text-bg-success").text()).isEqualTo("已推荐"))
                .allSatisfy(li -> assertThat(li.select("form")).isEmpty());
        assertThat(page.getElementById("town-candidate-count").text()).startsWith("本年度擂台汇报 2 人次");
    }
}
