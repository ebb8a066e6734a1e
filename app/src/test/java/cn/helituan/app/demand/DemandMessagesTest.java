package cn.helituan.app.demand;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.message.Inbox;
import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A demand assigned to a group is told to its leader accounts; reported solved, to the village's first secretary,
 * who confirms it. Nobody else.
 */
class DemandMessagesTest extends DemandTestBase {

    @Test
    void assignedToTheGroupsLeadersSolvedToTheVillagesSecretary() throws Exception {
        RequestPostProcessor teaMember = Pages.account(jdbc, "MEMBER", tea, null);
        RequestPostProcessor otherLeader = Pages.account(jdbc, "GROUP_LEADER", ecommerce, null);
        RequestPostProcessor otherSecretary = Pages.account(jdbc, "FIRST_SECRETARY", null, shimen);
        String title = unique("冷库建设");
        long id = raise(SECRETARY, qingshan, "INFRASTRUCTURE", title);
        acceptAndMatch(id, null, null);

        assertThat(Inbox.of(mvc, LEADER)).contains("青山村的需求“" + title + "”已交给茶产业合力小组办理（项目“项目 " + id + "”）");
        assertThat(Inbox.of(mvc, teaMember)).doesNotContain(title);
        assertThat(Inbox.of(mvc, otherLeader)).doesNotContain(title);
        assertThat(Inbox.of(mvc, SECRETARY)).doesNotContain("需求“" + title + "”已由");

        assertThat(flash(step(id, "solve", LEADER))).isEqualTo("flash.demand.solved");
        assertThat(Inbox.of(mvc, SECRETARY)).contains("需求“" + title + "”已由茶产业合力小组报告解决，请确认");
        assertThat(Inbox.of(mvc, otherSecretary)).doesNotContain(title);
        // every account of the village (tests add more than the demo's), each once, none of another's
        assertThat(jdbc.queryForList("""
                select a.scope_object_id from message m join account a on a.id = m.account_id
                where m.kind = 'demandSolved' and m.args[1] = ?""", Long.class, title)).isNotEmpty()
                .containsOnly(qingshan).hasSize(jdbc.queryForObject(
                        "select count(*) from account where enabled and scope_object_id = ?", Integer.class, qingshan));
        assertThat(jdbc.queryForList("select distinct link from message where kind = 'demandSolved' and args[1] = ?",
                String.class, title)).containsExactly("/demands/" + id);
    }
}
