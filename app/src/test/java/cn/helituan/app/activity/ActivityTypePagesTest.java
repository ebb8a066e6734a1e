package cn.helituan.app.activity;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Pages;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The organization department configures the activity types: adds one with the figures its form asks for, renames
 * it and changes its figures (with history), archives it (gone from the form, kept on what was logged) and
 * restores it; the leader's form puts the type's figures first. Nobody else changes the list.
 */
class ActivityTypePagesTest extends ActivityTestBase {




    private MockHttpServletRequestBuilder typeForm(String url, String name, String sortOrder, String... figures) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).param("name", name)
                .param("sortOrder", sortOrder);
        for (String figure : figures) {
            request.param("figures", figure);
        }
        return request;
    }

    private long create(String name, String... figures) throws Exception {
        MvcResult result = mvc.perform(typeForm("/activity-types", name, "500", figures).with(ADMIN)).andReturn();
        assertThat(result.getResponse().getStatus()).as("creating " + name).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from activity_type where id = ?", Long.class, id);
    }

    @Test
    void anAddedTypeAsksForItsFiguresFirst() throws Exception {
        String name = unique("产业项目考察");
        long id = create(name, "FUNDS_SECURED", "PEOPLE_EMPLOYED");
        assertThat(jdbc.queryForObject("select figures from activity_type where id = ?", String.class, id))
                .contains("FUNDS_SECURED", "PEOPLE_EMPLOYED").doesNotContain("BENEFICIARIES");

        String form = page("/activities/new?group=" + tea, LEADER);
        assertThat(form).contains(">" + name + "<", "data-figures=\"FUNDS_SECURED,PEOPLE_EMPLOYED\"");

        // the leader logs one of that type with a figure that is not the type's, and a bad one: the form comes back
        // with the type's figures first and everything typed kept
        MvcResult refused = mvc.perform(post("/activities/new").with(LEADER).with(csrf())
                .param("groupId", String.valueOf(tea)).param("typeId", String.valueOf(id))
                .param("occurredOn", LocalDate.now().toString()).param("title", "考察茶叶加工项目")
                .param("objectIds", String.valueOf(qingshan)).param("fundsSecured", "-5")
                .param("patientsSeen", "3")).andReturn();
        assertThat(refused.getResponse().getStatus()).as("the form again, not a redirect").isEqualTo(200);
        String page = refused.getResponse().getContentAsString();
        String asked = Pages.after(page, "id=\"type-figures\"", 20000);
        asked = asked.substring(0, asked.indexOf("id=\"figures\""));
        assertThat(asked).contains("data-figure=\"FUNDS_SECURED\"", "data-figure=\"PEOPLE_EMPLOYED\"", "value=\"-5\"")
                .doesNotContain("data-figure=\"PATIENTS_SEEN\"");
        assertThat(Pages.after(page, "id=\"figures\"", 20000)).contains("data-figure=\"PATIENTS_SEEN\"", "value=\"3\"");
        assertThat(jdbc.queryForObject("select count(*) from activity where type_id = ?", Long.class, id)).isZero();
    }

    @Test
    void theDepartmentRenamesArchivesAndRestoresAType() throws Exception {
        String name = unique("村企联建");
        long id = create(name, "BENEFICIARIES");
        long activity = jdbc.queryForObject("""
                insert into activity (group_id, type_id, occurred_on, title, status, created_at, created_by)
                values (?, ?, current_date, '联建签约', 'REPORTED', now(), 'leader') returning id""", Long.class, tea, id);

        String renamed = name + "活动";
        mvc.perform(typeForm("/activity-types/" + id + "/edit", renamed, "20", "BENEFICIARIES", "PROJECTS_INTRODUCED")
                .param("version", String.valueOf(version(id))).with(ADMIN));
        String show = page("/activity-types/" + id, ADMIN);
        assertThat(Pages.after(show, "id=\"history\"", 4000)).contains(name, renamed, "引进项目");

        // a stale save: 409, the user's input kept, nothing changed
        MvcResult stale = mvc.perform(typeForm("/activity-types/" + id + "/edit", "过期的名称", "30").param("version", "0")
                .with(ADMIN)).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("value=\"过期的名称\"");
        assertThat(jdbc.queryForObject("select name from activity_type where id = ?", String.class, id))
                .isEqualTo(renamed);

        // the same name as a live type is refused on the field
        MvcResult taken = mvc.perform(typeForm("/activity-types", renamed, "40").with(ADMIN)).andReturn();
        assertThat(taken.getResponse().getStatus()).as("the form again").isEqualTo(200);
        assertThat(taken.getResponse().getContentAsString()).contains("已有同名的活动类型");

        mvc.perform(post("/activity-types/" + id + "/archive").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version(id))));
        assertThat(jdbc.queryForObject("select archived from activity_type where id = ?", Boolean.class, id)).isTrue();
        assertThat(page("/activities/new?group=" + tea, LEADER)).doesNotContain(renamed);
        assertThat(page("/activities/" + activity, LEADER)).as("what was logged keeps its type").contains(renamed);
        assertThat(page("/activities/" + activity + "/edit", LEADER)).as("and is edited with it")
                .contains("<option value=\"" + id + "\"", ">" + renamed + "<");
        MvcResult edited = mvc.perform(post("/activities/" + activity + "/edit").with(LEADER).with(csrf())
                .param("version", String.valueOf(jdbc.queryForObject("select version from activity where id = ?",
                        Long.class, activity)))
                .param("groupId", String.valueOf(tea)).param("typeId", String.valueOf(id))
                .param("occurredOn", LocalDate.now().toString()).param("title", "联建签约（补记）")
                .param("objectIds", String.valueOf(qingshan))).andReturn();
        assertThat(edited.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select title, type_id from activity where id = ?", activity))
                .containsEntry("title", "联建签约（补记）").containsEntry("type_id", id);

        mvc.perform(post("/activity-types/" + id + "/restore").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version(id))));
        assertThat(page("/activities/new?group=" + tea, LEADER)).contains(renamed);
    }

    @Test
    void onlyTheWholeDeploymentsDepartmentChangesTheList() throws Exception {
        String name = unique("义务植树");
        long id = create(name);
        long team = jdbc.queryForObject("select id from unit where kind = 'TEAM' order by id limit 1", Long.class);
        RequestPostProcessor teamAdmin = Pages.account(jdbc, "ORG_ADMIN", team, null);
        RequestPostProcessor plainMember = Pages.account(jdbc, "MEMBER", tea, null);
        Map<String, Object> before = jdbc.queryForMap("select * from activity_type where id = ?", id);
        long types = jdbc.queryForObject("select count(*) from activity_type", Long.class);

        for (RequestPostProcessor who : new RequestPostProcessor[] {LEADER, SECRETARY, plainMember}) {
            assertThat(mvc.perform(get("/activity-types").with(who)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(get("/activity-types/" + id).with(who)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        assertThat(page("/activity-types", teamAdmin)).as("a team's department reads the list").contains(name)
                .doesNotContain("id=\"type-form\"");
        for (RequestPostProcessor who : new RequestPostProcessor[] {LEADER, SECRETARY, plainMember, teamAdmin}) {
            assertThat(mvc.perform(typeForm("/activity-types", unique("越权类型"), "1").with(who)).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(typeForm("/activity-types/" + id + "/edit", "越权改名", "1")
                    .param("version", String.valueOf(version(id))).with(who)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            for (String action : new String[] {"archive", "restore"}) {
                assertThat(mvc.perform(post("/activity-types/" + id + "/" + action).with(who).with(csrf())
                        .param("version", String.valueOf(version(id)))).andReturn().getResponse().getStatus())
                        .as(action).isEqualTo(403);
            }
        }
        assertThat(jdbc.queryForMap("select * from activity_type where id = ?", id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from activity_type", Long.class)).isEqualTo(types);
    }
}
