package cn.helituan.app.member;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.assertInOrder;
import static cn.helituan.app.support.Pages.node;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.PersonalData;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitNode;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The roster as the org admin keeps it: add, find, edit, memberships, and the rules that protect it. */
class MemberPagesTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    Pages pages;
    long workUnit;
    long subTeam;
    long group;
    String groupName;

    @BeforeEach
    void setUp() throws Exception {
        pages = new Pages(mvc);
        workUnit = demo.workUnitId("县人民医院");
        subTeam = pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM, unique("名册测试分团"));
        groupName = unique("义诊合力小组");
        group = pages.createUnit(subTeam, UnitKind.GROUP, groupName);
    }

    private long version(long memberId) {
        return jdbc.queryForObject("select version from member where id = ?", Long.class, memberId);
    }

    @SuppressWarnings("unchecked")
    private Page<MemberRow> search(String param, String value) throws Exception {
        MvcResult result = mvc.perform(get("/members").with(admin()).param(param, value))
                .andExpect(status().isOk()).andReturn();
        return (Page<MemberRow>) result.getModelAndView().getModel().get("rows");
    }

    /** The edit form as submitted: name, type and specialty changed, the given post, the mobile kept. */
    private MockHttpServletRequestBuilder edit(long id, String post, long version) {
        return edit(id, post, version, jdbc.queryForObject("select mobile from member where id = ?", String.class, id));
    }

    private MockHttpServletRequestBuilder edit(long id, String post, long version, String mobile) {
        return post("/members/{id}/edit", id).with(admin()).with(csrf())
                .param("name", "编辑测试").param("gender", "MALE").param("workUnitId", Long.toString(workUnit))
                .param("mobile", mobile).param("type", "DOCTOR").param("post", post).param("specialty", "儿科")
                .param("version", Long.toString(version));
    }

    @Test
    void aNewMemberInAGroupIsFoundByNameAndByMobile() throws Exception {
        String name = unique("林佳怡");
        String mobile = Pages.mobile();

        MvcResult created = mvc.perform(post("/members/new").with(admin()).with(csrf())
                        .param("name", name).param("gender", "FEMALE").param("workUnitId", Long.toString(workUnit))
                        .param("mobile", mobile).param("type", "DOCTOR").param("post", "主治医师")
                        .param("specialty", "儿科").param("partyMember", "true")
                        .param("unitId", Long.toString(group)).param("position", "GROUP_LEADER")
                        .param("joinedOn", "2026-03-01"))
                .andExpect(flash().attribute("success", "flash.saved"))
                .andReturn();
        long id = Pages.redirectId(created);
        String page = pages.follow(created, admin()).getResponse().getContentAsString();
        assertThat(page).contains("已保存。", name, "县人民医院", mobile, groupName, "组长", "2026-03-01", "至今");

        Page<MemberRow> byName = search("q", name);
        assertThat(byName.getTotalElements()).isEqualTo(1);
        assertThat(byName.getContent().get(0).id()).isEqualTo(id);
        assertThat(byName.getContent().get(0).units()).isEqualTo(groupName);

        assertThat(search("q", mobile).getContent()).extracting(MemberRow::name).containsExactly(name);
        assertThat(search("unit", Long.toString(group)).getContent()).extracting(MemberRow::name)
                .containsExactly(name);

        String list = mvc.perform(get("/members").with(admin()).param("q", mobile))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("共 1 人", name, mobile, groupName);
        assertThat(pages.unitNode(admin(), group).getTotalMembers()).isEqualTo(1);
    }

    @Test
    void theListKeptAsTextShowsAnEditOnTheNextPageAndEachReaderItsOwnNumbers() throws Exception {
        String mobile = Pages.mobile();
        long id = pages.createMember(unique("留存前"), mobile, group, workUnit);
        var subTeamLeader = Pages.account(jdbc, "SUB_TEAM_LEADER", subTeam, null);
        String url = "/members?unit=" + group;
        String before = table(url, admin());
        assertThat(before).contains(mobile, "科员");
        assertThat(table(url, admin())).as("nothing written: the same rows").isEqualTo(before);
        String starred = table(url, subTeamLeader);
        assertThat(starred).as("a sub-team leader reads the mobile starred").doesNotContain(mobile)
                .contains(PersonalData.maskMobile(mobile), "科员");

        mvc.perform(edit(id, "副院长", version(id))).andExpect(redirectedUrl("/members/" + id));
        String after = table(url, admin());
        assertThat(after).as("the edit on the next page").contains("编辑测试", "副院长", mobile).doesNotContain("科员");
        assertThat(table(url, subTeamLeader)).contains("编辑测试", "副院长").doesNotContain(mobile);
    }

    private String table(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        String page = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return org.jsoup.Jsoup.parse(page).select("#member-table").outerHtml();
    }

    @Test
    void anEditShowsOnTheMemberPageWithOldAndNewValues() throws Exception {
        String original = unique("编辑前");
        long id = pages.createMember(original, Pages.mobile(), group, workUnit);

        mvc.perform(get("/members/{id}/edit", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("memberForm",
                        org.hamcrest.Matchers.hasProperty("post", org.hamcrest.Matchers.is("科员"))));

        MvcResult saved = mvc.perform(edit(id, "副院长", version(id)))
                .andExpect(redirectedUrl("/members/" + id))
                .andExpect(flash().attribute("success", "flash.saved"))
                .andReturn();
        MvcResult shown = pages.follow(saved, admin());
        String page = shown.getResponse().getContentAsString();
        assertThat(page).contains("已保存。", "副院长");
        // the person's name, not the user name
        assertInOrder(page, "修改记录", "组织部管理员", "修改", "职务", "科员", "→", "副院长");
        assertInOrder(page, "修改记录", "专长", "茶叶种植", "→", "儿科");
        assertInOrder(page, "修改记录", "人才类型", "干部", "→", "医生");

        @SuppressWarnings("unchecked")
        List<HistoryEntry> history = (List<HistoryEntry>) shown.getModelAndView().getModel().get("history");
        assertThat(history.get(0).by()).isEqualTo("admin");
        assertThat(history.get(0).byName()).isEqualTo("组织部管理员");
        assertThat(history.get(0).changes())
                .contains(new HistoryEntry.Change("post", "科员", "副院长"),
                        new HistoryEntry.Change("name", original, "编辑测试"));
        assertThat(history).last().extracting(HistoryEntry::action).isEqualTo("CREATED");
    }

    @Test
    void aMobileAlreadyOnTheRosterIsRefusedOnTheMobileField() throws Exception {
        String taken = jdbc.queryForObject(
                "select mobile from member where created_by = 'system' order by id limit 1", String.class);
        String name = unique("重号测试");

        String page = mvc.perform(post("/members/new").with(admin()).with(csrf())
                        .param("name", name).param("gender", "MALE").param("workUnitId", Long.toString(workUnit))
                        .param("mobile", taken).param("type", "CADRE")
                        .param("unitId", Long.toString(group)).param("position", "MEMBER")
                        .param("joinedOn", "2026-03-01"))
                .andExpect(status().isOk())
                .andExpect(view().name("members/form"))
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "mobile", "member.mobile.taken"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("该手机号已登记给其他人员。", "value=\"" + name + "\"");
        assertThat(jdbc.queryForObject("select count(*) from member where name = ?", Long.class, name)).isZero();

        long id = pages.createMember(unique("改号测试"), Pages.mobile(), group, workUnit);
        mvc.perform(edit(id, "科员", version(id), taken))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "mobile", "member.mobile.taken"));
    }

    @Test
    void aMemberJoinsASecondGroupAndLeavesItWithBothKeptInTheRecord() throws Exception {
        String secondName = unique("健康宣讲合力小组");
        long second = pages.createUnit(subTeam, UnitKind.GROUP, secondName);
        long id = pages.createMember(unique("双组成员"), Pages.mobile(), group, workUnit);
        LocalDate today = LocalDate.now();

        mvc.perform(post("/members/{id}/memberships", id).with(admin()).with(csrf())
                        .param("unitId", Long.toString(second)).param("position", "DEPUTY_GROUP_LEADER")
                        .param("joinedOn", today.toString()))
                .andExpect(redirectedUrl("/members/" + id))
                .andExpect(flash().attribute("success", "flash.joined"));
        assertThat(pages.unitNode(admin(), second).getTotalMembers()).isEqualTo(1);
        assertThat(pages.unitNode(admin(), subTeam).getTotalMembers()).as("one person in two groups: one").isEqualTo(1);
        assertThat(pages.unitNode(admin(), subTeam).getCrossings()).as("and one placement more").isEqualTo(1);

        String refused = mvc.perform(post("/members/{id}/memberships", id).with(admin()).with(csrf())
                        .param("unitId", Long.toString(second)).param("position", "MEMBER")
                        .param("joinedOn", today.toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("membershipForm", "unitId", "membership.exists"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("该人员已在此单元中。");

        long membership = jdbc.queryForObject("select id from membership where member_id = ? and unit_id = ?",
                Long.class, id, second);
        long membershipVersion = jdbc.queryForObject("select version from membership where id = ?", Long.class,
                membership);
        mvc.perform(post("/members/{id}/memberships/{mid}/leave", id, membership).with(admin()).with(csrf())
                        .param("version", Long.toString(membershipVersion)).param("leftOn", today.toString()))
                .andExpect(redirectedUrl("/members/" + id))
                .andExpect(flash().attribute("success", "flash.left"));

        MvcResult shown = mvc.perform(get("/members/{id}", id).with(admin())).andReturn();
        @SuppressWarnings("unchecked")
        List<Membership> memberships = (List<Membership>) shown.getModelAndView().getModel().get("memberships");
        assertThat(memberships).hasSize(2);
        assertThat(memberships).filteredOn(m -> m.getUnit().getId() == second).singleElement()
                .satisfies(m -> assertThat(m.getLeftOn()).isEqualTo(today));
        assertThat(memberships).filteredOn(m -> m.getUnit().getId() == group).singleElement()
                .satisfies(m -> assertThat(m.getLeftOn()).isNull());
        String page = shown.getResponse().getContentAsString();
        assertThat(page).contains(groupName, secondName, "副组长", today.toString(), "至今");

        assertThat(pages.unitNode(admin(), second).getTotalMembers()).isZero();
        assertThat(mvc.perform(get("/units/{id}", second).with(admin())).andReturn().getResponse()
                .getContentAsString()).contains("暂无在岗成员。");
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionGets409AndKeepsWhatWasTyped() throws Exception {
        long id = pages.createMember(unique("并发测试"), Pages.mobile(), group, workUnit);
        long opened = version(id);

        mvc.perform(edit(id, "第一位编辑的职务", opened)).andExpect(redirectedUrl("/members/" + id));
        String page = mvc.perform(edit(id, "第二位编辑输入的职务", opened))
                .andExpect(status().isConflict())
                .andExpect(view().name("members/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("在您编辑期间，此记录已被他人修改。您填写的内容仍保留在下方，请核对后重新保存。",
                "value=\"第二位编辑输入的职务\"");
        assertThat(jdbc.queryForObject("select post from member where id = ?", String.class, id))
                .isEqualTo("第一位编辑的职务");
    }

    @Test
    void theRosterSpeaksEnglishOnRequestAndRemembersIt() throws Exception {
        MvcResult english = mvc.perform(get("/members").with(admin()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("helituan-lang", "en"))
                .andReturn();
        assertThat(english.getResponse().getContentAsString())
                .contains("<html lang=\"en\"", "Roster", "Log out")
                .doesNotContain("人员名册", "退出");

        String remembered = mvc.perform(get("/units").with(admin()).cookie(new Cookie("helituan-lang", "en")))
                .andReturn().getResponse().getContentAsString();
        assertThat(remembered).contains("Team structure").doesNotContain("组织架构");

        String chinese = mvc.perform(get("/members").with(admin()).cookie(new Cookie("helituan-lang", "en"))
                        .param("lang", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("<html lang=\"zh-CN\"", "人员名册");
    }
}
