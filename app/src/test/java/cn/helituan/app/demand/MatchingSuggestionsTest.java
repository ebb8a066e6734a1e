package cn.helituan.app.demand;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.demand.Suggestion;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The suggestions read off the database for a fixture county whose ranking was worked out by hand (docs/matching.md):
 * a poor village V in town T1 needs skills training, wanted in two months.
 * <ul>
 *   <li>group A, paired with V (30), one member whose specialty 电工技能培训 fits (6), a course of the category on
 *       offer (10): 46;</li>
 *   <li>group B, paired with another village of T1 (15), a member from the county's rural bank — an economic cadre
 *       for a poor village (10), training places on offer (10): 35;</li>
 *   <li>group C, paired with a village of another town of the county (8), two fitting members (12): 20;</li>
 *   <li>group D, nothing in common: not suggested.</li>
 * </ul>
 * Resources: B's training places (category 40, all left 10, no end 10, home B in the town 10): 70; A's course ending
 * before the wished-for date (40 + 10 + 0 + paired 20): 70, after B's as the later record; a work unit's
 * 农技推广培训 of another category whose title names a keyword (20 + 10 + 10): 40.
 */
class MatchingSuggestionsTest extends DemandTestBase {

    long groupA;
    long groupB;
    long groupC;
    long groupD;
    long village;
    RequestPostProcessor subLeader;

    @BeforeEach
    void fixtureCounty() throws Exception {
        Pages pages = new Pages(mvc);
        long subTeam = pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM, unique("匹配分团"));
        groupA = pages.createUnit(subTeam, UnitKind.GROUP, unique("A组"));
        groupB = pages.createUnit(subTeam, UnitKind.GROUP, unique("B组"));
        groupC = pages.createUnit(subTeam, UnitKind.GROUP, unique("C组"));
        groupD = pages.createUnit(subTeam, UnitKind.GROUP, unique("D组"));
        subLeader = Pages.account(jdbc, Role.SUB_TEAM_LEADER.name(), subTeam, null);

        long county = region(null, "COUNTY", "匹配县");
        long t1 = region(county, "TOWN", "一镇");
        long t2 = region(county, "TOWN", "二镇");
        village = object(t1, "POOR");
        pair(groupA, village);
        pair(groupB, object(t1, ""));
        pair(groupC, object(t2, ""));

        member(groupA, "县人民医院", "电工技能培训", "DOCTOR");
        member(groupB, "县农村商业银行", "财务", "CADRE");
        member(groupC, "县第一中学", "职业技能培训", "TEACHER");
        member(groupC, "县第一中学", "厨师培训", "TEACHER");
    }

    @Test
    void groupsAndResourcesRankAsWorkedOutByHand() throws Exception {
        long id = raise(ADMIN, village, "SKILLS", unique("村民缺少就业技能"));
        assertThat(flash(step(id, "accept", subLeader))).isEqualTo("flash.demand.accepted");
        long placesOfB = groupResource(groupB, "SKILLS", "B组培训名额", null);
        long courseOfA = groupResource(groupA, "SKILLS", "A组短期课程", LocalDate.now().plusMonths(1));
        long agronomy = jdbc.queryForObject("""
                insert into resource (category_id, title, capacity, capacity_unit, work_unit_id, created_at, created_by)
                values (?, '农技推广培训', 30, 'DAYS', (select id from work_unit where name = '县科技局'), now(), 'test')
                returning id""", Long.class, category("INDUSTRY"));

        MvcResult page = mvc.perform(get("/demands/" + id + "/match").with(subLeader)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Suggestion> groups = (List<Suggestion>) page.getModelAndView().getModel().get("groups");
        assertThat(groups).extracting(Suggestion::targetId).containsExactly(groupA, groupB, groupC);
        assertThat(groups).extracting(Suggestion::score).containsExactly(46, 35, 20);
        assertThat(groups.get(1).reasons()).extracting(Suggestion.Reason::key)
                .containsExactly("match.reason.town", "match.reason.profile", "match.reason.offers");

        @SuppressWarnings("unchecked")
        List<Suggestion> resources = (List<Suggestion>) page.getModelAndView().getModel().get("resources");
        List<Suggestion> ours = resources.stream()
                .filter(r -> Set.of(placesOfB, courseOfA, agronomy).contains(r.targetId())).toList();
        assertThat(ours).extracting(Suggestion::targetId).containsExactly(placesOfB, courseOfA, agronomy);
        assertThat(ours).extracting(Suggestion::score).containsExactly(70, 70, 40);
        assertThat(page.getResponse().getContentAsString()).as("each reason is on the page")
                .contains("已与该对象结对 +30", "1 名成员专长相符 +6", "在同一乡镇有结对对象 +15", "46 分");
    }

    private long region(Long parent, String level, String name) {
        long id = jdbc.queryForObject("""
                insert into region (parent_id, level, name, code, created_at) values (?, ?, ?, ?, now())
                returning id""", Long.class, parent, level, unique(name), unique("R"));
        String parentPath = parent == null ? "/" : jdbc.queryForObject("select path from region where id = ?",
                String.class, parent);
        jdbc.update("update region set path = ?, depth = ? where id = ?", parentPath + id + "/",
                parent == null ? 0 : parentPath.split("/").length - 1, id);
        return id;
    }

    private long object(long town, String categories) {
        long place = region(town, "VILLAGE", "村");
        return jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, region_id, categories, goals, created_at, created_by)
                values ('VILLAGE', ?, ?, ?, ?, '', now(), 'test') returning id""", Long.class, unique("匹配村"),
                unique("M"), place, categories.isEmpty() ? "" : "," + categories + ",");
    }

    private void pair(long group, long object) {
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, current_date - 30, current_date + 300, 'RURAL_REVITALIZATION', 'ACTIVE', now(),
                        'test')""", group, object);
    }

    private void member(long group, String workUnit, String specialty, String type) {
        long member = jdbc.queryForObject("""
                insert into member (name, gender, work_unit_id, post, specialty, mobile, type, created_at, created_by)
                values (?, 'MALE', (select id from work_unit where name = ?), '科员', ?, ?, ?, now(), 'test')
                returning id""", Long.class, unique("成员"), workUnit, specialty, Pages.mobile(), type);
        jdbc.update("""
                insert into membership (member_id, unit_id, position, joined_on, created_at, created_by)
                values (?, ?, 'MEMBER', current_date - 60, now(), 'test')""", member, group);
    }

    private long groupResource(long group, String categoryCode, String title, LocalDate availableTo) {
        return jdbc.queryForObject("""
                insert into resource (category_id, title, capacity, capacity_unit, available_to, group_id, created_at,
                                      created_by)
                values (?, ?, 10, 'PLACES', ?, ?, now(), 'test') returning id""", Long.class, category(categoryCode),
                title, availableTo == null ? null : java.sql.Date.valueOf(availableTo), group);
    }
}
