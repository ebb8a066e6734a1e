package cn.helituan.app.assisted;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.redirectId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Pairing groups with assisted objects: terms, renewals, ends, warnings, and who may do what. */
class RelationshipPagesTest extends FullStackTest {

    private static final RequestPostProcessor SUBTEAM = user("subteam").roles("SUB_TEAM_LEADER");
    private static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    private static final RequestPostProcessor MEMBER = user("member").roles("MEMBER");
    private static final RequestPostProcessor SECRETARY = user("secretary").roles("FIRST_SECRETARY");

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcTemplate jdbc;

    private long object(String name) {
        return jdbc.queryForObject("select id from assisted_object where name = ? and created_by = 'system'",
                Long.class, name);
    }

    private long demoRelationship(String group, String object) {
        return jdbc.queryForObject("""
                select r.id from assistance_relationship r join unit u on u.id = r.group_id
                join assisted_object o on o.id = r.object_id
                where u.name = ? and o.name = ? and r.created_by = 'system'""", Long.class, group, object);
    }

    private MockHttpServletRequestBuilder pair(RequestPostProcessor who, long group, long object, LocalDate start,
                                               LocalDate end) {
        return post("/relationships/new").with(who).with(csrf()).param("groupId", String.valueOf(group))
                .param("objectId", String.valueOf(object)).param("startsOn", start.toString())
                .param("endsOn", end.toString()).param("focus", "KEY_INDUSTRY").param("agreement", "一村一策");
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsString();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from assistance_relationship", Long.class);
    }

    @Test
    void aTermShorterThanAYearOrLongerThanTwoIsRefusedOnTheEndDate() throws Exception {
        long group = demo.unitId("科技特派工作组");
        long before = count();
        LocalDate start = LocalDate.of(2026, 3, 1);
        for (LocalDate end : new LocalDate[] {start.plusMonths(6), start.plusYears(2).plusDays(1)}) {
            String page = mvc.perform(pair(admin(), group, object("白云村"), start, end))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("relationshipForm", "endsOn", "relationship.term.length"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("帮扶期限须为 1 至 2 年。", end.toString());
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aSubTeamLeaderPairsAGroupAndItShowsOnBothPagesAndLeavesTheWarnings() throws Exception {
        long group = demo.unitId("科技特派工作组");
        assertThat(page("/relationships", SUBTEAM)).contains("科技特派工作组");
        LocalDate start = LocalDate.now();
        long id = redirectId(mvc.perform(pair(SUBTEAM, group, object("金田村"), start, start.plusYears(1).minusDays(1)))
                .andExpect(status().is3xxRedirection()).andReturn());

        assertThat(page("/relationships/" + id, SUBTEAM)).contains("科技特派工作组", "金田村", "在期", "重点产业发展");
        assertThat(page("/units/" + group, SUBTEAM)).contains("金田村");
        assertThat(page("/objects/" + object("金田村"), admin())).contains("科技特派工作组", "乡村治理合力小组");
        String warnings = page("/relationships", SUBTEAM);
        assertThat(warnings.substring(warnings.indexOf("id=\"groups-without\""))).doesNotContain("科技特派工作组");

        mvc.perform(pair(SUBTEAM, group, object("金田村"), start, start.plusYears(1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("relationshipForm", "objectId", "relationship.duplicate"));
    }

    @Test
    void aRenewalStartsTheDayAfterAndKeepsTheOldTermAndAnEndRecordsItsDay() throws Exception {
        long old = demoRelationship("电商带货服务队", "石门村");
        Map<String, Object> before = jdbc.queryForMap(
                "select ends_on, version from assistance_relationship where id = ?", old);
        LocalDate oldEnd = ((java.sql.Date) before.get("ends_on")).toLocalDate();
        long next = redirectId(mvc.perform(post("/relationships/" + old + "/renew").with(admin()).with(csrf())
                        .param("version", before.get("version").toString())
                        .param("endsOn", oldEnd.plusYears(2).toString()).param("focus", "RURAL_REVITALIZATION")
                        .param("agreement", "第二期：冷链物流"))
                .andExpect(status().is3xxRedirection()).andReturn());

        assertThat(jdbc.queryForMap("select status, renewal_of_id, starts_on from assistance_relationship where id = ?",
                next)).containsEntry("status", "ACTIVE").containsEntry("renewal_of_id", old)
                .containsEntry("starts_on", java.sql.Date.valueOf(oldEnd.plusDays(1)));
        assertThat(jdbc.queryForObject("select status from assistance_relationship where id = ?", String.class, old))
                .isEqualTo("RENEWED");
        assertThat(page("/relationships/" + old, admin())).contains("已续签", "状态");
        assertThat(page("/relationships/" + next, admin())).contains("续签自", "第二期：冷链物流");

        long version = jdbc.queryForObject("select version from assistance_relationship where id = ?", Long.class, next);
        mvc.perform(post("/relationships/" + next + "/end").with(admin()).with(csrf())
                .param("version", String.valueOf(version)).param("endedOn", "2000-01-01"));
        assertThat(jdbc.queryForObject("select status from assistance_relationship where id = ?", String.class, next))
                .as("an end before the start is refused").isEqualTo("ACTIVE");
        mvc.perform(post("/relationships/" + next + "/end").with(admin()).with(csrf())
                .param("version", String.valueOf(version)).param("endedOn", oldEnd.plusMonths(3).toString()));
        assertThat(jdbc.queryForMap("select status, ended_on from assistance_relationship where id = ?", next))
                .containsEntry("status", "ENDED").containsEntry("ended_on", java.sql.Date.valueOf(oldEnd.plusMonths(3)));
        assertThat(page("/relationships/" + next, admin())).contains("已结束", "实际结束日期");
    }

    @Test
    void anObjectsPageShowsEachReaderTheGroupsOfTheirScopeAndItsSecretaryAll() throws Exception {
        long qingshan = object("青山村");
        String name = Pages.unique("义诊服务队");
        long group = new Pages(mvc).createUnit(demo.unitId(Demo.WELFARE), UnitKind.GROUP, name);
        LocalDate start = LocalDate.now();
        mvc.perform(pair(admin(), group, qingshan, start, start.plusYears(1))).andExpect(status().is3xxRedirection());

        assertThat(page("/objects/" + qingshan, LEADER)).contains(Demo.TEA_GROUP).doesNotContain(name);
        assertThat(page("/objects/" + qingshan, SECRETARY)).contains(Demo.TEA_GROUP, name);
        assertThat(page("/objects/" + qingshan, admin())).contains(Demo.TEA_GROUP, name);

        long version = jdbc.queryForObject("select version from unit where id = ?", Long.class, group);
        mvc.perform(post("/units/" + group + "/archive").with(admin()).with(csrf())
                .param("version", String.valueOf(version)));
        assertThat(jdbc.queryForObject("select archived from unit where id = ?", Boolean.class, group))
                .as("a group with an active term stays").isFalse();
    }

    @Test
    void theWarningsListATermEndingWithinSixtyDaysAndGroupsWithoutOne() throws Exception {
        String page = page("/relationships", admin());
        String ending = page.substring(page.indexOf("id=\"ending-soon\""), page.indexOf("id=\"groups-without\""));
        assertThat(ending).contains("教育帮扶合力小组 — 桃园村").doesNotContain("茶产业合力小组");
        assertThat(page.substring(page.indexOf("id=\"groups-without\""))).contains("就业服务队");
    }

    /** Another sub-team's group, another group's term, another village's term, a plain member: 403 or 404. */
    @Test
    void nobodyPairsOrReadsOutsideTheirScopeAndNothingChanges() throws Exception {
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        long medicalTerm = demoRelationship(Demo.MEDICAL_GROUP, "柳河社区");
        long teaTerm = demoRelationship(Demo.TEA_GROUP, "青山村");
        long ecommerceTerm = demoRelationship(Demo.ECOMMERCE_GROUP, "石门村");
        String before = fingerprint();
        LocalDate start = LocalDate.now();

        assertThat(mvc.perform(pair(SUBTEAM, medical, object("石门村"), start, start.plusYears(1)))
                .andReturn().getResponse().getStatus()).as("another sub-team's group").isEqualTo(404);
        mvc.perform(get("/relationships/" + medicalTerm).with(SUBTEAM)).andExpect(status().isNotFound());
        for (RequestPostProcessor who : new RequestPostProcessor[] {LEADER, MEMBER, SECRETARY}) {
            assertThat(mvc.perform(pair(who, demo.unitId(Demo.TEA_GROUP), object("石门村"), start,
                    start.plusYears(1))).andReturn().getResponse().getStatus()).isEqualTo(403);
            mvc.perform(get("/relationships/new").with(who)).andExpect(status().isForbidden());
            for (String action : new String[] {"end", "renew"}) {
                int code = mvc.perform(post("/relationships/" + teaTerm + "/" + action).with(who).with(csrf())
                        .param("version", "0").param("endedOn", start.toString())
                        .param("endsOn", start.plusYears(1).toString()).param("focus", "EDUCATION"))
                        .andReturn().getResponse().getStatus();
                assertThat(code).as(action).isIn(403, 404);
            }
        }
        // a group reads its own terms and objects, not another group's
        assertThat(page("/relationships/" + teaTerm, LEADER)).contains("青山村");
        mvc.perform(get("/relationships/" + ecommerceTerm).with(LEADER)).andExpect(status().isNotFound());
        assertThat(page("/objects/" + object("青山村"), LEADER)).contains("青山村", Demo.TEA_GROUP);
        mvc.perform(get("/objects/" + object("石门村")).with(LEADER)).andExpect(status().isNotFound());
        // a first secretary reads the terms of their own village only
        assertThat(page("/relationships/" + teaTerm, SECRETARY)).contains(Demo.TEA_GROUP);
        mvc.perform(get("/relationships/" + ecommerceTerm).with(SECRETARY)).andExpect(status().isNotFound());
        mvc.perform(get("/relationships").with(SECRETARY)).andExpect(status().isForbidden());

        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return jdbc.queryForObject("""
                select (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(*) filter (where status = 'ACTIVE')
                        from assistance_relationship)
                    || '|' || (select count(*) from record_history)""", String.class);
    }
}
