package cn.helituan.app.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Pages;
import cn.helituan.domain.activity.ActivityChoices;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A large group's activity form (issue 21: a group of 20,000 made it 5.6 MB with a box each): beyond
 * {@value ActivityChoices#BOXES_UP_TO} members the form offers a search instead of a box each; a member found and
 * ticked is saved as having taken part and comes back ticked on the edit form; someone outside the group is refused.
 */
class LargeGroupParticipantsTest extends ActivityTestBase {

    @Test
    void aGroupBeyondSixtyMembersSearchesItsParticipants() throws Exception {
        Pages pages = new Pages(mvc);
        long subTeam = jdbc.queryForObject("select parent_id from unit where id = ?", Long.class, tea);
        long group = pages.createUnit(subTeam, UnitKind.GROUP, Pages.unique("大组"));
        long workUnit = demo.workUnitId("县商务局");
        String stem = Pages.unique("参").replace("-", "");
        List<Long> members = new ArrayList<>();
        for (int i = 0; i <= ActivityChoices.BOXES_UP_TO; i++) {
            members.add(pages.createMember(stem + "成员" + i, Pages.mobile(), group, workUnit));
        }
        mvc.perform(post("/relationships/new").with(ADMIN).with(csrf()).param("groupId", String.valueOf(group))
                .param("objectId", String.valueOf(qingshan)).param("startsOn", LocalDate.now().minusYears(1).toString())
                .param("endsOn", LocalDate.now().plusYears(1).toString()).param("focus", "KEY_INDUSTRY")
                .param("agreement", "一村一策"));

        String form = page("/activities/new?group=" + group, ADMIN);
        assertThat(form).contains("本组共 61 人", "id=\"member-query\"", "/activities/participants?group=" + group)
                .doesNotContain(stem + "成员1<");
        assertThat(form.split("name=\"memberIds\"", -1)).as("no box for each member").hasSize(1);

        String found = page("/activities/participants?group=" + group + "&q=" + stem + "成员4", ADMIN);
        assertThat(found).contains(stem + "成员4<", stem + "成员40<", "value=\"" + members.get(4) + "\"")
                .doesNotContain(stem + "成员5<");
        assertThat(page("/activities/participants?group=" + group + "&q=没有这个人", ADMIN))
                .contains("本组当前成员中没有“没有这个人”。");
        assertThat(page("/activities/participants?group=" + group + "&q=" + stem, ADMIN)
                .split("name=\"memberIds\"", -1)).as("a page of them").hasSize(ActivityChoices.SEARCH_PAGE + 1);

        String title = Pages.unique("大组座谈");
        MvcResult saved = mvc.perform(post("/activities/new").with(ADMIN).with(csrf())
                        .param("groupId", String.valueOf(group)).param("typeId", String.valueOf(visitType))
                        .param("occurredOn", LocalDate.now().minusDays(1).toString()).param("title", title)
                        .param("objectIds", String.valueOf(qingshan)).param("memberIds", String.valueOf(members.get(4)))
                        .param("otherParticipants", "0"))
                .andReturn();
        long id = Pages.redirectId(saved);
        assertThat(jdbc.queryForList("select member_id from activity_member where activity_id = ?", Long.class, id))
                .containsExactly(members.get(4));
        String edit = page("/activities/" + id + "/edit", ADMIN);
        assertThat(edit).contains(stem + "成员4<", "id=\"member-query\"");
        assertThat(edit.split("name=\"memberIds\"", -1)).as("only the chosen one's box").hasSize(2);

        long outsider = jdbc.queryForObject("""
                select s.member_id from membership s where s.unit_id = ? and s.left_on is null
                order by s.member_id limit 1""", Long.class, tea);
        String refused = mvc.perform(post("/activities/new").with(ADMIN).with(csrf())
                        .param("groupId", String.valueOf(group)).param("typeId", String.valueOf(visitType))
                        .param("occurredOn", LocalDate.now().minusDays(1).toString())
                        .param("title", Pages.unique("大组走访")).param("objectIds", String.valueOf(qingshan))
                        .param("memberIds", String.valueOf(outsider)).param("otherParticipants", "0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"member-query\"");
        assertThat(jdbc.queryForObject("select count(*) from activity where group_id = ?", Long.class, group))
                .as("nothing saved for the outsider").isEqualTo(1);
    }
}
