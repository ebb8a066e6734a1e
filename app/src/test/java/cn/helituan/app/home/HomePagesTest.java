package cn.helituan.app.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The start page offers a group's and a village's main task in one tap. */
class HomePagesTest extends FullStackTest {

    private static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    private static final RequestPostProcessor SECRETARY = user("secretary").roles("FIRST_SECRETARY");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;

    @Test
    void aGroupLeaderLogsAnActivityFromTheStartPageInOneTap() throws Exception {
        Element task = page("/", LEADER).getElementById("main-task");
        assertThat(task).isNotNull();
        assertThat(task.text()).isEqualTo("记录活动");
        Document form = page(task.attr("href"), LEADER);
        assertThat(form.getElementById("activity-form")).as("straight to the form, no group to choose").isNotNull();
        assertThat(form.getElementById("groupId").val()).isEqualTo(Long.toString(demo.unitId(Demo.TEA_GROUP)));
        assertThat(page("/?lang=en", LEADER).getElementById("main-task").text()).isEqualTo("Log an activity");
    }

    @Test
    void aFirstSecretarySeesHowManyActivitiesWaitForThemAndTheListOfExactlyThose() throws Exception {
        Element task = page("/", SECRETARY).getElementById("main-task");
        assertThat(task).isNotNull();
        assertThat(task.text()).startsWith("待确认");
        long waiting = Long.parseLong(task.getElementById("to-confirm-total").text());
        assertThat(waiting).as("the demo village has reports to confirm").isPositive();
        Matcher count = Pattern.compile("共 (\\d+) 次活动").matcher(page(task.attr("href"), SECRETARY)
                .getElementById("activity-count").text());
        assertThat(count.matches()).isTrue();
        assertThat(Long.parseLong(count.group(1))).as("the number equals the list it opens").isEqualTo(waiting);
    }

    @Test
    void theOrganizationDepartmentHasNoSuchTask() throws Exception {
        assertThat(page("/", ADMIN).getElementById("main-task")).isNull();
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
