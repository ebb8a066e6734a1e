package cn.helituan.app.notification;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.message.Inbox;
import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.team.UnitKind;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A monthly notification published is told to the sub-team and group leaders in its scope: not to members, not to
 * the leaders of other sub-teams, not to whoever published it.
 */
class NotificationMessagesTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    @Test
    void aPublishedNotificationIsToldToTheLeadersInItsScope() throws Exception {
        Pages pages = new Pages(mvc);
        String name = unique("通报分团");
        long sub = pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM, name);
        long group = pages.createUnit(sub, UnitKind.GROUP, unique("通报小组"));
        RequestPostProcessor publisher = Pages.account(jdbc, "SUB_TEAM_LEADER", sub, null);
        RequestPostProcessor deputy = Pages.account(jdbc, "SUB_TEAM_LEADER", sub, null);
        RequestPostProcessor leader = Pages.account(jdbc, "GROUP_LEADER", group, null);
        RequestPostProcessor member = Pages.account(jdbc, "MEMBER", group, null);
        RequestPostProcessor otherLeader = Pages.account(jdbc, "GROUP_LEADER", demo.unitId(Demo.TEA_GROUP), null);

        YearMonth month = YearMonth.now().minusMonths(1);
        MvcResult generated = mvc.perform(post("/notifications").with(publisher).with(csrf())
                .param("month", month.toString())).andReturn();
        long id = Pages.redirectId(generated);
        long version = jdbc.queryForObject("select version from monthly_notification where id = ?", Long.class, id);
        MvcResult published = mvc.perform(post("/notifications/" + id + "/publish").with(publisher).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        assertThat(published.getFlashMap().get("success")).isEqualTo("flash.notification.published");

        String told = name + " " + month + " 月通报已发布";
        assertThat(Inbox.of(mvc, leader)).contains(told);
        assertThat(Inbox.of(mvc, deputy)).contains(told);
        assertThat(Inbox.of(mvc, publisher)).doesNotContain(name);
        assertThat(Inbox.of(mvc, member)).doesNotContain(name);
        assertThat(Inbox.of(mvc, otherLeader)).doesNotContain(name);
        assertThat(jdbc.queryForList("select link from message where kind = 'notificationPublished' and args[2] = ?",
                String.class, name)).as("the leader and the other sub-team leader").containsExactly(
                "/notifications/" + id, "/notifications/" + id);
    }
}
