package cn.helituan.app.activity;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.message.Inbox;
import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The village's word on an activity is told: a dispute to whoever logged it and to the group's leader accounts, a
 * confirmation to whoever logged it; nobody else (not a plain member, not another group's leader, not the secretary
 * who decided).
 */
class ActivityMessagesTest extends ActivityTestBase {

    private long log(RequestPostProcessor who, String title) throws Exception {
        MvcResult result = mvc.perform(post("/activities/new").with(who).with(csrf())
                .param("groupId", String.valueOf(tea)).param("typeId", String.valueOf(visitType))
                .param("occurredOn", LocalDate.now().minusDays(1).toString()).param("title", title)
                .param("objectIds", String.valueOf(qingshan))).andReturn();
        assertThat(result.getResponse().getStatus()).as("logging " + title).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private void decide(long id, String action) throws Exception {
        long version = jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
        MvcResult result = mvc.perform(post("/activities/" + id + "/" + action).with(SECRETARY).with(csrf())
                .param("version", String.valueOf(version)).param("object", String.valueOf(qingshan))
                .param("reason", "当天未见到工作组")).andReturn();
        assertThat(result.getResponse().getStatus()).as(action).isEqualTo(302);
    }

    @Test
    void aDisputeIsToldToTheReporterAndTheGroupsLeadersAConfirmationToTheReporter() throws Exception {
        RequestPostProcessor reporter = Pages.account(jdbc, "GROUP_LEADER", tea, null);
        RequestPostProcessor plainMember = Pages.account(jdbc, "MEMBER", tea, null);
        RequestPostProcessor otherLeader = Pages.account(jdbc, "GROUP_LEADER", demo.unitId(Demo.MEDICAL_GROUP), null);

        String disputed = unique("入户走访");
        long id = log(reporter, disputed);
        assertThat(Inbox.of(mvc, reporter)).doesNotContain(disputed);
        decide(id, "dispute");
        String told = "活动“" + disputed + "”被青山村提出异议：当天未见到工作组";
        assertThat(Inbox.of(mvc, reporter)).contains(told, "/messages/");
        assertThat(Inbox.of(mvc, LEADER)).as("the group's leader account").contains(told);
        assertThat(Inbox.of(mvc, plainMember)).doesNotContain(disputed);
        assertThat(Inbox.of(mvc, otherLeader)).doesNotContain(disputed);
        assertThat(Inbox.of(mvc, SECRETARY)).as("who decided").doesNotContain(disputed);
        assertThat(jdbc.queryForObject("select link from message where args[1] = ? limit 1", String.class, disputed))
                .isEqualTo("/activities/" + id);

        String confirmed = unique("技术指导");
        decide(log(reporter, confirmed), "confirm");
        assertThat(Inbox.of(mvc, reporter)).contains("活动“" + confirmed + "”已由青山村确认");
        assertThat(Inbox.of(mvc, LEADER)).as("not the reporter").doesNotContain(confirmed);
        assertThat(Inbox.of(mvc, plainMember)).doesNotContain(confirmed);
    }
}
