package cn.helituan.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.message.Inbox;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.Grade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A round published is told to the accounts of the groups in its scope (leaders and members), in one statement:
 * not to its reviewers, the villages' secretaries, or the groups outside its scope.
 */
class RoundMessagesTest extends EvaluationTestBase {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor as(Scope scope) {
        return user(scope.username()).roles(scope.role().name());
    }

    @Test
    void aPublishedRoundIsToldToTheAccountsOfItsGroups() throws Exception {
        EvaluationRound round = f.open(rounds, 100);
        long id = round.getId();
        for (long group : new long[] {f.team.groupA1, f.team.groupA2, f.team.groupB1}) {
            rounds.grade(f.admin, id, group, reading.entry(f.admin, id, group).entry().getVersion(), Grade.COMPETENT,
                    "合格");
        }
        assertThat(Inbox.of(mvc, as(f.leaderA1))).doesNotContain(round.getName());
        MvcResult result = mvc.perform(post("/evaluations/" + id + "/publish").with(as(f.admin)).with(csrf())
                .param("version", String.valueOf(reading.view(f.admin, id).round().getVersion()))).andReturn();
        assertThat(result.getFlashMap().get("success")).isEqualTo("flash.evaluation.published");

        String told = "2025 年度考核“" + round.getName() + "”结果已发布";
        assertThat(Inbox.of(mvc, as(f.leaderA1))).contains(told);
        assertThat(Inbox.of(mvc, as(f.leaderB1))).contains(told);
        assertThat(Inbox.of(mvc, as(f.memberB1))).contains(told);
        assertThat(Inbox.of(mvc, as(f.reviewer1))).doesNotContain(round.getName());
        assertThat(Inbox.of(mvc, as(f.secretaryV1))).doesNotContain(round.getName());
        assertThat(Inbox.of(mvc, user("leader").roles("GROUP_LEADER"))).as("a group outside the round")
                .doesNotContain(round.getName());
        assertThat(jdbc.queryForObject("select count(*) from message where kind = 'roundPublished' and args[1] = ?",
                Long.class, round.getName())).isEqualTo(3);
    }
}
