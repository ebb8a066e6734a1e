package cn.helituan.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.app.support.TestClock;
import java.time.Instant;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Today" is the deployment's day (helituan.time-zone, Asia/Shanghai), not the server's: at 01:30 on New Year's
 * morning in Shanghai — still 31 December in UTC, the zone this test gives the JVM — the pages that start from
 * today already show the new year.
 */
class DeploymentZoneTest extends FullStackTest {

    /** 2026-12-31T17:30Z: 2027-01-01 01:30 in Shanghai. */
    private static final Instant NEW_YEARS_NIGHT = Instant.parse("2026-12-31T17:30:00Z");
    private static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    private static final RequestPostProcessor SECRETARY = user("secretary").roles("FIRST_SECRETARY");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private TimeZone jvmZone;

    @BeforeEach
    void newYearsNightInShanghaiOnAServerInUtc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        clock.set(NEW_YEARS_NIGHT);
    }

    @AfterEach
    void realTimeAndZone() {
        clock.reset();
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void aNewActivityIsDatedOnTheDeploymentsDay() throws Exception {
        Document form = page("/activities/new", LEADER);
        assertThat(form.getElementById("occurredOn").val()).as("the form's day").isEqualTo("2027-01-01");
    }

    @Test
    void thePlanPageOpensOnTheDeploymentsYear() throws Exception {
        assertThat(page("/plans", ADMIN).selectFirst("h1").text()).isEqualTo("2027 年度帮扶计划");
    }

    @Test
    void theStartPageCountsTheDeploymentsYearsPlans() throws Exception {
        Document home = page("/", ADMIN);
        assertThat(home.select("a[href^=/plans?year=]")).as("the plan cards").isNotEmpty()
                .allSatisfy(card -> assertThat(card.attr("href")).startsWith("/plans?year=2027"));
        assertThat(home.text()).contains("2027 年计划待审").doesNotContain("2026 年计划");
    }

    @Test
    void aDemandWantedByNewYearsEveIsOverdueOnNewYearsDay() throws Exception {
        long village = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-001'", Long.class);
        long category = jdbc.queryForObject("select id from demand_category where code = 'EMPLOYMENT'", Long.class);
        MvcResult raised = mvc.perform(post("/demands/new").with(SECRETARY).with(csrf())
                .param("objectId", Long.toString(village)).param("categoryId", Long.toString(category))
                .param("title", Pages.unique("跨年的需求")).param("urgency", "URGENT")
                .param("wantedBy", "2027-03-01")).andReturn();
        assertThat(raised.getResponse().getStatus()).isEqualTo(302);
        long id = Pages.redirectId(raised);

        jdbc.update("update demand set wanted_by = date '2027-01-01' where id = ?", id);
        long dueToday = overdue();
        jdbc.update("update demand set wanted_by = date '2026-12-31' where id = ?", id);
        assertThat(overdue()).as("wanted by yesterday in Shanghai (today in UTC and on the database's session)")
                .isEqualTo(dueToday + 1);
    }

    /** The village's overdue demands as its first secretary's demand list counts them. */
    private long overdue() throws Exception {
        return Long.parseLong(page("/demands", SECRETARY).getElementById("tally-overdue").text());
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
