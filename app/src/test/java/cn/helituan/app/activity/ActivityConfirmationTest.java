package cn.helituan.app.activity;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who answers for an object that is not a village with a first secretary: an enterprise's (school's, hospital's)
 * contact account confirms its own part the same way; where an object has no account, the leader of the sub-team
 * the group belongs to confirms on its behalf. Nobody answers for another object, outside their sub-team, or for an
 * activity they logged themselves.
 */
class ActivityConfirmationTest extends ActivityTestBase {




    /** A new object of the kind, actively paired with the tea group, with no account. */
    private long pairedObject(String kind, String name) {
        long id = jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, categories, goals, created_at, created_by)
                values (?, ?, ?, '', '', now(), 'test') returning id""", Long.class, kind, name, unique("T"));
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, current_date - 30, current_date + 300, 'EDUCATION', 'ACTIVE', now(), 'test')""", tea, id);
        return id;
    }

    private long log(RequestPostProcessor who, String title, long... objects) throws Exception {
        MockHttpServletRequestBuilder request = post("/activities/new").with(who).with(csrf())
                .param("groupId", String.valueOf(tea)).param("typeId", String.valueOf(visitType))
                .param("occurredOn", LocalDate.now().minusDays(1).toString()).param("title", title);
        for (long object : objects) {
            request.param("objectIds", String.valueOf(object));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("logging " + title).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private int decide(long id, String action, RequestPostProcessor who, long object) throws Exception {
        MvcResult result = mvc.perform(post("/activities/" + id + "/" + action).with(who).with(csrf())
                .param("version", String.valueOf(version(id))).param("object", String.valueOf(object))
                .param("reason", "人数不符")).andReturn();
        return result.getResponse().getStatus();
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
    }

    private Map<String, Object> part(long id, long object) {
        return jdbc.queryForMap("select status, decided_by from activity_object where activity_id = ? and object_id = ?",
                id, object);
    }

    private List<Map<String, Object>> parts(long id) {
        return jdbc.queryForList("select * from activity_object where activity_id = ? order by object_id", id);
    }

    private String page(long id, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/activities/" + id).with(who)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anEnterprisesContactConfirmsItsOwnPart() throws Exception {
        long company = pairedObject("ENTERPRISE", unique("绿茶加工厂"));
        RequestPostProcessor contact = Pages.account(jdbc, "FIRST_SECRETARY", null, company);
        long id = log(LEADER, unique("企业用工对接"), qingshan, company);

        assertThat(page(id, contact)).contains("id=\"decide\"").doesNotContain("id=\"decide-");
        assertThat(decide(id, "confirm", contact, company)).isEqualTo(302);
        assertThat(part(id, company)).containsEntry("status", "CONFIRMED");
        assertThat(part(id, qingshan)).as("the village still has to say").containsEntry("status", "REPORTED");
        assertThat(jdbc.queryForObject("select status from activity where id = ?", String.class, id))
                .isEqualTo("REPORTED");

        List<Map<String, Object>> before = parts(id);
        assertThat(decide(id, "dispute", contact, qingshan)).as("the contact answers for the village").isEqualTo(403);
        assertThat(parts(id)).isEqualTo(before);
    }

    @Test
    void theSubTeamLeaderConfirmsForAnObjectWithoutAnAccount() throws Exception {
        long school = pairedObject("SCHOOL", unique("青山小学"));
        long id = log(LEADER, unique("送教下乡"), qingshan, school);

        String page = page(id, SUB_TEAM);
        assertThat(Pages.after(page, "id=\"decide\"", 3000)).contains("name=\"object\" value=\"" + school + "\"", "代为确认")
                .doesNotContain("name=\"object\" value=\"" + qingshan + "\"");
        List<Map<String, Object>> before = parts(id);
        assertThat(decide(id, "confirm", SUB_TEAM, qingshan)).as("the village has its first secretary")
                .isEqualTo(403);
        assertThat(parts(id)).isEqualTo(before);

        assertThat(decide(id, "confirm", SUB_TEAM, school)).isEqualTo(302);
        assertThat(part(id, school)).containsEntry("status", "CONFIRMED").containsEntry("decided_by", "subteam");
        assertThat(Pages.after(page(id, LEADER), "id=\"history\"", 6000)).contains("subteam");
    }

    @Test
    void anObjectWhoseAccountIsDisabledIsAnsweredForByTheSubTeam() throws Exception {
        long school = pairedObject("SCHOOL", unique("茶乡中学"));
        Pages.account(jdbc, "FIRST_SECRETARY", null, school); // the school's contact
        long id = log(LEADER, unique("职业规划讲座"), school);
        assertThat(page(id, SUB_TEAM)).as("the school answers for itself").doesNotContain("id=\"decide\"");
        assertThat(decide(id, "confirm", SUB_TEAM, school)).isEqualTo(403);

        jdbc.update("update account set enabled = false where scope_object_id = ?", school);
        assertThat(page(id, SUB_TEAM)).contains("name=\"object\" value=\"" + school + "\"");
        assertThat(decide(id, "confirm", SUB_TEAM, school)).isEqualTo(302);
        assertThat(part(id, school)).containsEntry("status", "CONFIRMED").containsEntry("decided_by", "subteam");
    }

    @Test
    void nobodyConfirmsOutsideTheirPlaceOrTheirOwnActivity() throws Exception {
        long hospital = pairedObject("HOSPITAL", unique("青山卫生院"));
        long byLeader = log(LEADER, unique("义诊"), hospital);
        long welfare = demo.unitId(Demo.WELFARE);
        RequestPostProcessor otherSubTeam = Pages.account(jdbc, "SUB_TEAM_LEADER", welfare, null);
        RequestPostProcessor otherSecretary = Pages.account(jdbc, "FIRST_SECRETARY", null,
                jdbc.queryForObject("select id from assisted_object where code = 'DEMO-002'", Long.class));
        RequestPostProcessor plainMember = Pages.account(jdbc, "MEMBER", tea, null);

        List<Map<String, Object>> before = parts(byLeader);
        assertThat(decide(byLeader, "confirm", otherSubTeam, hospital)).isEqualTo(404);
        assertThat(decide(byLeader, "confirm", otherSecretary, hospital)).isEqualTo(404);
        assertThat(decide(byLeader, "confirm", plainMember, hospital)).isEqualTo(403);
        assertThat(decide(byLeader, "confirm", LEADER, hospital)).as("the group confirming itself").isEqualTo(403);
        assertThat(parts(byLeader)).isEqualTo(before);

        // a sub-team leader who changed what the group logged does not vouch for it either
        long edited = log(LEADER, unique("卫生院健康讲座"), hospital);
        MvcResult edit = mvc.perform(post("/activities/" + edited + "/edit").with(SUB_TEAM).with(csrf())
                .param("version", String.valueOf(version(edited))).param("groupId", String.valueOf(tea))
                .param("typeId", String.valueOf(visitType)).param("occurredOn", LocalDate.now().toString())
                .param("title", "卫生院健康讲座（分团改）").param("objectIds", String.valueOf(hospital))
                .param("beneficiaries", "300")).andReturn();
        assertThat(edit.getResponse().getStatus()).isEqualTo(302);
        assertThat(page(edited, SUB_TEAM)).doesNotContain("id=\"decide\"");
        before = parts(edited);
        assertThat(decide(edited, "confirm", SUB_TEAM, hospital)).as("after editing it").isEqualTo(403);
        assertThat(parts(edited)).isEqualTo(before);

        long bySubTeam = log(SUB_TEAM, unique("分团走访卫生院"), hospital);
        assertThat(page(bySubTeam, SUB_TEAM)).doesNotContain("id=\"decide\"");
        before = parts(bySubTeam);
        assertThat(decide(bySubTeam, "confirm", SUB_TEAM, hospital)).as("one's own activity").isEqualTo(403);
        assertThat(parts(bySubTeam)).isEqualTo(before);
    }

    /** A number the page shows, by the pattern around it. */
    private long shown(String url, String pattern) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(
                mvc.perform(get(url).with(SECRETARY)).andReturn().getResponse().getContentAsString());
        assertThat(m.find()).as(url + " shows " + pattern).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aFirstSecretaryWaitsOnlyForWhatTheirVillageHasNotAnsweredYet() throws Exception {
        long school = pairedObject("SCHOOL", unique("青山幼儿园"));
        String waiting = "id=\"to-confirm-total\"[^>]*>(\\d+)<";
        String listed = "共 (\\d+) 次活动";
        long before = shown("/", waiting);
        long id = log(LEADER, unique("村校联合活动"), qingshan, school);
        assertThat(shown("/", waiting)).isEqualTo(before + 1);
        assertThat(shown("/activities?status=REPORTED", listed)).isEqualTo(before + 1);

        assertThat(decide(id, "confirm", SECRETARY, qingshan)).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from activity where id = ?", String.class, id))
                .as("the activity still waits for the school").isEqualTo("REPORTED");
        assertThat(shown("/", waiting)).as("but not for the village, which has answered").isEqualTo(before);
        assertThat(shown("/activities?status=REPORTED", listed)).as("the list the number opens").isEqualTo(before);
    }
}
