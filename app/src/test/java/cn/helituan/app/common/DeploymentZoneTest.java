package cn.helituan.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import java.time.Instant;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

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

    private Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
