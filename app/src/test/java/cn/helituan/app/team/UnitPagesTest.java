package cn.helituan.app.team;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.after;
import static cn.helituan.app.support.Pages.node;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The team tree as the org admin builds it: sub-teams and groups, their counts, moves and archives. */
class UnitPagesTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    Pages pages;
    long team;
    long workUnit;

    @BeforeEach
    void setUp() {
        pages = new Pages(mvc);
        team = demo.unitId(Demo.TEAM);
        workUnit = demo.workUnitId("县农业农村局");
    }

    private long version(long unitId) {
        return jdbc.queryForObject("select version from unit where id = ?", Long.class, unitId);
    }

    private String path(long unitId) {
        return jdbc.queryForObject("select path from unit where id = ?", String.class, unitId);
    }

    private boolean archived(long unitId) {
        return jdbc.queryForObject("select archived from unit where id = ?", Boolean.class, unitId);
    }

    private MvcResult archive(long unitId) throws Exception {
        return mvc.perform(post("/units/{id}/archive", unitId).with(admin()).with(csrf())
                .param("version", Long.toString(version(unitId)))).andReturn();
    }

    @Test
    void aNewSubTeamAndGroupShowInTheTreeWithTheirCounts() throws Exception {
        UnitNode before = pages.unitNode(admin(), team);

        String subName = unique("茶旅融合分团");
        long sub = pages.createUnit(team, UnitKind.SUB_TEAM, subName);
        String groupName = unique("白茶合力小组");
        long group = pages.createUnit(sub, UnitKind.GROUP, groupName);
        String first = unique("周明");
        String second = unique("吴芳");
        pages.createMember(first, Pages.mobile(), group, workUnit);
        pages.createMember(second, Pages.mobile(), group, workUnit);

        assertThat(pages.unitNode(admin(), sub).getGroups()).isEqualTo(1);
        assertThat(pages.unitNode(admin(), sub).getTotalMembers()).isEqualTo(2);
        assertThat(pages.unitNode(admin(), group).getTotalMembers()).isEqualTo(2);
        assertThat(pages.unitNode(admin(), team).getGroups()).isEqualTo(before.getGroups() + 1);
        assertThat(pages.unitNode(admin(), team).getTotalMembers()).isEqualTo(before.getTotalMembers() + 2);
        assertThat(pages.unitNode(admin(), sub).getUnit().path()).isEqualTo(path(team) + sub + "/");

        String page = mvc.perform(get("/units").with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(after(page, subName, 400)).contains("1 个小组 · 2 人");
        assertThat(page).as("the tree opens level by level: the group is read when its sub-team is opened")
                .contains("hx-get=\"/units/" + sub + "/children\"").doesNotContain(groupName);
        String level = mvc.perform(get("/units/{id}/children", sub).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(level).doesNotContain("<html");
        assertThat(after(level, groupName, 200)).contains("2 人");

        String groupPage = mvc.perform(get("/units/{id}", group).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(groupPage).contains(groupName, subName, "成员（2）", first, second);
    }

    @Test
    void aPersonInTwoGroupsOfASubTeamIsOnePersonThereAndOnTheRosterItLinksTo() throws Exception {
        UnitNode before = pages.unitNode(admin(), team);
        String subName = unique("双组分团");
        long sub = pages.createUnit(team, UnitKind.SUB_TEAM, subName);
        long first = pages.createUnit(sub, UnitKind.GROUP, unique("茶叶合力小组"));
        long second = pages.createUnit(sub, UnitKind.GROUP, unique("电商合力小组"));
        long twice = pages.createMember(unique("跨组成员"), Pages.mobile(), first, workUnit);
        pages.createMember(unique("单组成员"), Pages.mobile(), second, workUnit);
        mvc.perform(post("/members/{id}/memberships", twice).with(admin()).with(csrf())
                        .param("unitId", Long.toString(second)).param("position", "MEMBER")
                        .param("joinedOn", java.time.LocalDate.now().toString()))
                .andExpect(redirectedUrl("/members/" + twice));

        UnitNode node = pages.unitNode(admin(), sub);
        assertThat(node.getTotalMembers()).as("distinct people").isEqualTo(2);
        assertThat(node.getCrossings()).as("placements beyond one a person").isEqualTo(1);
        assertThat(node.getChildren()).extracting(UnitNode::getTotalMembers).containsExactlyInAnyOrder(1L, 2L);
        UnitNode teamNode = pages.unitNode(admin(), team);
        assertThat(teamNode.getTotalMembers()).isEqualTo(before.getTotalMembers() + 2);
        assertThat(teamNode.getCrossings()).isEqualTo(before.getCrossings() + 1);

        String tree = mvc.perform(get("/units").with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(after(tree, subName, 400)).contains("2 个小组 · 2 人", "含 1 人次跨组",
                "/members?unit=" + sub);
        String unitPage = mvc.perform(get("/units/{id}", sub).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(after(unitPage, "id=\"unit-people\"", 300)).contains("2 个小组 · 2 人", "含 1 人次跨组");
        String english = mvc.perform(get("/units/{id}", sub).with(admin()).param("lang", "en")).andReturn()
                .getResponse().getContentAsString();
        assertThat(after(english, "id=\"unit-people\"", 300)).contains("2 groups · 2 people", "incl. 1 extra");

        // the number equals the roster it links to, for the sub-team and for the team
        for (long unit : new long[] {sub, team}) {
            MvcResult roster = mvc.perform(get("/members").with(admin()).param("unit", Long.toString(unit)))
                    .andExpect(status().isOk()).andReturn();
            assertThat(((org.springframework.data.domain.Page<?>) roster.getModelAndView().getModel().get("rows"))
                    .getTotalElements()).as("roster of unit %d", unit)
                    .isEqualTo(pages.unitNode(admin(), unit).getTotalMembers());
        }
        assertThat(mvc.perform(get("/members").with(admin()).param("unit", Long.toString(sub))).andReturn()
                .getResponse().getContentAsString()).contains("共 2 人");
    }

    @Test
    void aMovedGroupTakesItsMembersAndItsPathToTheNewSubTeam() throws Exception {
        long from = pages.createUnit(team, UnitKind.SUB_TEAM, unique("迁出分团"));
        String toName = unique("迁入分团");
        long to = pages.createUnit(team, UnitKind.SUB_TEAM, toName);
        long group = pages.createUnit(from, UnitKind.GROUP, unique("猕猴桃合力小组"));
        pages.createMember(unique("郑立新"), Pages.mobile(), group, workUnit);

        MvcResult form = mvc.perform(get("/units/{id}/move", group).with(admin()))
                .andExpect(status().isOk()).andReturn();
        assertThat(form.getResponse().getContentAsString()).contains(toName);

        MvcResult moved = mvc.perform(post("/units/{id}/move", group).with(admin()).with(csrf())
                        .param("parentId", Long.toString(to)).param("version", Long.toString(version(group))))
                .andExpect(redirectedUrl("/units/" + group))
                .andExpect(flash().attribute("success", "flash.moved"))
                .andReturn();
        String page = pages.follow(moved, admin()).getResponse().getContentAsString();
        assertThat(page).contains("已移动。", toName);

        assertThat(path(group)).isEqualTo(path(to) + group + "/");
        assertThat(pages.unitNode(admin(), from).getGroups()).isZero();
        assertThat(pages.unitNode(admin(), from).getTotalMembers()).isZero();
        assertThat(pages.unitNode(admin(), to).getGroups()).isEqualTo(1);
        assertThat(pages.unitNode(admin(), to).getTotalMembers()).isEqualTo(1);
        assertThat(pages.unitNode(admin(), to).getChildren()).extracting(n -> n.getUnit().id()).containsExactly(group);
    }

    @Test
    void aMovedSubTeamTakesTheGroupsBelowItAlong() throws Exception {
        long outer = pages.createUnit(team, UnitKind.SUB_TEAM, unique("镇级服务团"));
        long inner = pages.createUnit(team, UnitKind.SUB_TEAM, unique("跨镇服务团"));
        long group = pages.createUnit(inner, UnitKind.GROUP, unique("电商销售服务队"));
        pages.createMember(unique("冯海燕"), Pages.mobile(), group, workUnit);

        mvc.perform(post("/units/{id}/move", inner).with(admin()).with(csrf())
                        .param("parentId", Long.toString(outer)).param("version", Long.toString(version(inner))))
                .andExpect(redirectedUrl("/units/" + inner));

        assertThat(path(inner)).isEqualTo(path(outer) + inner + "/");
        assertThat(path(group)).isEqualTo(path(outer) + inner + "/" + group + "/");
        assertThat(jdbc.queryForObject("select depth from unit where id = ?", Integer.class, group)).isEqualTo(3);
        UnitNode outerNode = pages.unitNode(admin(), outer);
        assertThat(outerNode.getGroups()).isEqualTo(1);
        assertThat(outerNode.getTotalMembers()).isEqualTo(1);

        mvc.perform(post("/units/{id}/move", outer).with(admin()).with(csrf())
                        .param("parentId", Long.toString(group)).param("version", Long.toString(version(outer))))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("这种类型的单元不能放在所选上级之下"));
        assertThat(path(outer)).isEqualTo(path(team) + outer + "/");
    }

    @Test
    void aUnitWithSubUnitsOrMembersIsNotArchived() throws Exception {
        String subName = unique("待撤分团");
        long sub = pages.createUnit(team, UnitKind.SUB_TEAM, subName);
        String groupName = unique("在岗合力小组");
        long group = pages.createUnit(sub, UnitKind.GROUP, groupName);
        pages.createMember(unique("何振华"), Pages.mobile(), group, workUnit);

        MvcResult refused = archive(sub);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/units/" + sub);
        assertThat(pages.follow(refused, admin()).getResponse().getContentAsString())
                .contains("该单元还有下级单元，不能撤销。请先移走或撤销下级单元。");

        refused = archive(group);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/units/" + group);
        assertThat(pages.follow(refused, admin()).getResponse().getContentAsString())
                .contains("该单元还有在岗成员，不能撤销。请先为成员记录离开日期。");

        assertThat(archived(sub)).isFalse();
        assertThat(archived(group)).isFalse();
        assertThat(pages.unitNode(admin(), sub).getGroups()).isEqualTo(1);
        assertThat(pages.unitNode(admin(), group).getTotalMembers()).isEqualTo(1);
    }

    @Test
    void anEmptyUnitIsArchivedLeavesTheTreeAndKeepsItsHistory() throws Exception {
        long sub = pages.createUnit(team, UnitKind.SUB_TEAM, unique("临时分团"));
        String groupName = unique("空合力小组");
        long group = pages.createUnit(sub, UnitKind.GROUP, groupName);

        MvcResult archived = archive(group);
        assertThat(archived.getResponse().getRedirectedUrl()).isEqualTo("/units");
        assertThat(archived.getFlashMap().get("success")).isEqualTo("flash.archived");
        String tree = pages.follow(archived, admin()).getResponse().getContentAsString();
        assertThat(tree).contains("已撤销，记录和历史仍然保留。").doesNotContain(groupName);

        assertThat(pages.unitNode(admin(), group)).isNull();
        assertThat(pages.unitNode(admin(), sub).getGroups()).isZero();
        mvc.perform(get("/units/{id}", group).with(admin())).andExpect(status().isNotFound());
        assertThat(archived(group)).isTrue();

        List<Map<String, Object>> history = jdbc.queryForList("""
                select action, field, old_value, new_value, changed_by from record_history
                where entity_type = 'Unit' and entity_id = ? order by id""", group);
        assertThat(history).extracting(r -> r.get("action")).contains("CREATED", "UPDATED");
        assertThat(history).anySatisfy(r -> assertThat(r).containsEntry("field", "archived")
                .containsEntry("old_value", "false").containsEntry("new_value", "true")
                .containsEntry("changed_by", "admin"));

        MvcResult parentArchived = archive(sub);
        assertThat(parentArchived.getResponse().getRedirectedUrl())
                .as("a sub-team whose only group is archived may go too").isEqualTo("/units");
    }

    @Test
    void aKindThatDoesNotFitUnderTheParentIsExplainedOnTheForm() throws Exception {
        String name = unique("错放的合力团");
        String page = mvc.perform(post("/units/new").with(admin()).with(csrf())
                        .param("parentId", Long.toString(team)).param("kind", "TEAM").param("name", name)
                        .param("field", "GENERAL"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("这种类型的单元不能放在所选上级之下", "value=\"" + name + "\"");
        assertThat(jdbc.queryForObject("select count(*) from unit where name = ?", Long.class, name)).isZero();
    }

    @Test
    void aSubTeamLeaderCannotReachAnotherSubTeam() throws Exception {
        long welfare = demo.unitId(Demo.WELFARE);
        mvc.perform(get("/units/{id}", welfare).with(user("subteam").roles("SUB_TEAM_LEADER")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/units/new").with(user("subteam").roles("SUB_TEAM_LEADER")).with(csrf())
                        .param("parentId", Long.toString(welfare)).param("kind", "GROUP")
                        .param("name", unique("越权小组")).param("field", "GENERAL"))
                .andExpect(status().isNotFound());
        assertThat(pages.unitNode(user("subteam").roles("SUB_TEAM_LEADER"), welfare)).isNull();
        assertThat(node(pages.tree(user("subteam").roles("SUB_TEAM_LEADER")), welfare)).isNull();
        mvc.perform(get("/units/{id}/children", welfare).with(user("subteam").roles("SUB_TEAM_LEADER")))
                .andExpect(status().isNotFound());
    }
}
