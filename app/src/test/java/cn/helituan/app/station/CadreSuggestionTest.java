package cn.helituan.app.station;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.CadreProfile;
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.station.CadreSuggestion;
import cn.helituan.domain.station.StationService;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The stationing form's suggestions (选派, 一把钥匙开一把锁) on a hand-worked fixture: a sub-team of the test's own with
 * one group, paired with a village that is 弱村, 穷村 and 乱村 (not 产业村). Its members, read by the rule of
 * docs/matching.md (the view member_profile, the demand matching's):
 * <ul>
 *   <li>财政所所长, specialty 法律服务: economic (财政) and legal (法) — two fitting profiles, first;</li>
 *   <li>组织委员: party affairs (组织) — one, second;</li>
 *   <li>an expert (科技 by type): science, which the village does not want — not suggested;</li>
 *   <li>科员 at 县人民医院, specialty 摄影: no profile — not suggested;</li>
 *   <li>宣传委员 stationed elsewhere since 2026-01-01: party affairs but stationed — not suggested.</li>
 * </ul>
 * A 党建 member of a group under another sub-team fits too, but the leader may not station them: not suggested to
 * them, but is to the team's org admin (after the two, by id). A village with no matching category gets no suggestion and says why.
 */
class CadreSuggestionTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    AssistedService assisted;
    @Autowired
    RelationshipService relationships;
    @Autowired
    StationService stations;
    @Autowired
    Demo demo;

    private long group;
    private long team;
    private String teamPath;
    private long village;
    private Scope leader;
    private String username;
    private String economicLegal;
    private String partyAffairs;
    private String outsider;

    @BeforeEach
    void fixture() {
        Scope system = Scope.system();
        team = units.create(system, null, UnitKind.TEAM, details("选派测试团")).getId();
        long subTeam = units.create(system, team, UnitKind.SUB_TEAM, details("选派测试分团")).getId();
        group = units.create(system, subTeam, UnitKind.GROUP, details("选派测试组")).getId();
        long otherSub = units.create(system, team, UnitKind.SUB_TEAM, details("选派其他分团")).getId();
        long otherGroup = units.create(system, otherSub, UnitKind.GROUP, details("选派其他组")).getId();
        economicLegal = member(group, "财政所所长", "法律服务", MemberType.CADRE);
        partyAffairs = member(group, "组织委员", null, MemberType.CADRE);
        member(group, "研究员", null, MemberType.EXPERT);
        member(group, "科员", "摄影", MemberType.CADRE);
        String stationed = member(group, "宣传委员", null, MemberType.CADRE);
        outsider = member(otherGroup, "科员", "党建", MemberType.CADRE);
        village = village(Set.of(VillageCategory.WEAK, VillageCategory.POOR, VillageCategory.DISORDERLY));
        stations.station(system, village(Set.of()), new StationService.Station(mobileOf(stationed),
                LocalDate.of(2026, 1, 1), StationingRecord.firstSecretary()));
        username = unique("xuanpai");
        long account = jdbc.queryForObject("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, must_change_password,
                                     created_at) values (?, 'x', ?, 'SUB_TEAM_LEADER', ?, false, now()) returning id""",
                Long.class, username, username, subTeam);
        String path = jdbc.queryForObject("select path from unit where id = ?", String.class, subTeam);
        teamPath = jdbc.queryForObject("select path from unit where id = ?", String.class, team);
        leader = new Scope(account, username, Role.SUB_TEAM_LEADER, subTeam, path, null, null);
    }

    @Test
    void theLeaderIsSuggestedTheirMembersWhoseProfileFitsTheVillagesCategoriesWithTheReason() throws Exception {
        List<CadreSuggestion> suggested = stations.suggestions(leader, village);

        assertThat(suggested).extracting(CadreSuggestion::name).containsExactly(economicLegal, partyAffairs);
        assertThat(suggested.get(0).fits()).containsExactly(CadreProfile.ECONOMIC, CadreProfile.LEGAL);
        assertThat(suggested.get(1).fits()).containsExactly(CadreProfile.PARTY_AFFAIRS);

        Document page = Jsoup.parse(mvc.perform(get("/objects/" + village + "/stationings/new")
                .with(user(username).roles("SUB_TEAM_LEADER"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#stationing-suggestions .suggestion a").eachText())
                .containsExactly(economicLegal, partyAffairs);
        assertThat(page.select("#stationing-suggestions .suggestion").get(0).select(".reason").eachText())
                .containsExactly("经济干部，适合穷村", "政法干部，适合乱村");
        assertThat(page.select("#stationing-suggestions .suggestion").get(1).select(".reason").eachText())
                .containsExactly("党务干部，适合弱村");
        assertThat(page.text()).doesNotContain(outsider);
    }

    @Test
    void theTeamsOrgAdminMayStationTheOtherSubTeamsMemberToo() {
        Scope teamAdmin = new Scope(leader.accountId(), username, Role.ORG_ADMIN, team, teamPath, null, null);
        assertThat(stations.suggestions(teamAdmin, village)).extracting(CadreSuggestion::name)
                .containsExactly(economicLegal, partyAffairs, outsider);
    }

    @Test
    void aVillageWithoutAMatchingCategoryGetsNoSuggestionAndSaysWhy() throws Exception {
        long plain = village(Set.of(VillageCategory.POVERTY_ALLEVIATED));
        assertThat(stations.suggestions(leader, plain)).isEmpty();
        Document page = Jsoup.parse(mvc.perform(get("/objects/" + plain + "/stationings/new")
                .with(user(username).roles("SUB_TEAM_LEADER"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#stationing-suggestions").text()).contains("本村未标注弱村、穷村、乱村或产业村类别");
    }

    private long village(Set<VillageCategory> categories) {
        long id = assisted.create(Scope.system(), new AssistedDetails(AssistedKind.VILLAGE, unique("选派测试村"),
                unique("XP"), null, null, null, null, categories, Set.of(), null, null, null, null, null),
                new ObjectPlace(34.36, 107.24, 1000)).getId();
        relationships.create(Scope.system(), group, id, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                AssistanceFocus.RURAL_REVITALIZATION, null);
        return id;
    }

    private String member(long unit, String post, String specialty, MemberType type) {
        String name = unique("选派" + post);
        members.create(Scope.system(), new MemberDetails(name, Gender.MALE,
                demo.workUnitId("县人民医院"), post, null,
                specialty, Pages.mobile(), true, type, null), unit, Position.MEMBER, LocalDate.of(2025, 1, 1));
        return name;
    }

    private String mobileOf(String name) {
        return jdbc.queryForObject("select mobile from member where name = ?", String.class, name);
    }

    private static UnitDetails details(String name) {
        return new UnitDetails(unique(name), null, UnitField.GENERAL, null);
    }
}
