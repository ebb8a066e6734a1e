package cn.helituan.app.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.account.AccountDetails;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For every role, tries to read and change records outside its scope through each endpoint: the answer is 403 or
 * 404, the page does not show the record, and no table changes. "Outside" is a second team created here (outside
 * everyone but whole-deployment admins) and, for the narrower roles, another sub-team's group of the demo county.
 */
class ScopeTest extends FullStackTest {

    private static final String OTHER_TEAM = "外县干部人才合力团";
    private static final String OTHER_GROUP = "外县产业合力小组";
    private static final String OTHER_MEMBER = "外县测试人员";

    /** The accounts probed: user name and role. teamadmin is an org admin of the demo team only. */
    private static final Map<String, Role> USERS = Map.of(
            "subteam", Role.SUB_TEAM_LEADER, "leader", Role.GROUP_LEADER, "member", Role.MEMBER,
            "secretary", Role.FIRST_SECRETARY, "reviewer", Role.REVIEWER, "teamadmin", Role.ORG_ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate tx;

    /** What a record outside the scope is: its ids, version and name. */
    record Target(long unitId, long unitVersion, long parentId, long memberId, long memberVersion,
                  long membershipId, long membershipVersion, long accountId, long accountVersion, String name,
                  String memberName) {
    }

    @TestFactory
    Stream<DynamicTest> nobodyReachesAnotherTeam() {
        Target other = otherTeam();
        List<DynamicTest> tests = new ArrayList<>();
        USERS.forEach((username, role) -> {
            for (Probe probe : roster(other)) {
                tests.add(DynamicTest.dynamicTest(username + " " + probe, () -> refused(username, role, probe, other)));
            }
            if (role != Role.ORG_ADMIN) {
                for (Probe probe : accountPages(other)) {
                    tests.add(DynamicTest.dynamicTest(username + " " + probe,
                            () -> refused(username, role, probe, other)));
                }
            } else {
                for (Probe probe : accountWrites(other)) {
                    tests.add(DynamicTest.dynamicTest(username + " " + probe,
                            () -> refused(username, role, probe, other)));
                }
            }
        });
        return tests.stream();
    }

    /** Narrower roles do not reach a group of another sub-team of their own county either. */
    @TestFactory
    Stream<DynamicTest> groupAndSubTeamRolesStayInTheirPart() {
        Target medical = demoTarget(Demo.MEDICAL_GROUP, Demo.WELFARE);
        List<DynamicTest> tests = new ArrayList<>();
        for (String username : List.of("subteam", "leader", "member", "secretary")) {
            for (Probe probe : roster(medical)) {
                tests.add(DynamicTest.dynamicTest(username + " " + probe,
                        () -> refused(username, USERS.get(username), probe, medical)));
            }
        }
        return tests.stream();
    }

    /** Inside their own group, members, leaders and reviewers read but do not change the roster. */
    @TestFactory
    Stream<DynamicTest> readOnlyRolesCannotChangeTheirOwnGroup() {
        Target tea = demoTarget(Demo.TEA_GROUP, Demo.INDUSTRY);
        List<DynamicTest> tests = new ArrayList<>();
        for (String username : List.of("leader", "member", "reviewer")) {
            for (Probe probe : roster(tea)) {
                if (probe.method().equals("POST")) {
                    tests.add(DynamicTest.dynamicTest(username + " " + probe,
                            () -> assertThat(refused(username, USERS.get(username), probe, null)).isEqualTo(403)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void listsShowOnlyTheScope() throws Exception {
        otherTeam();
        String leaderTree = page("leader", Role.GROUP_LEADER, "/units");
        assertThat(leaderTree).contains(Demo.TEA_GROUP).doesNotContain(Demo.MEDICAL_GROUP).doesNotContain(OTHER_TEAM);
        String subTeamTree = page("subteam", Role.SUB_TEAM_LEADER, "/units");
        assertThat(subTeamTree).contains(Demo.TEA_GROUP, Demo.ECOMMERCE_GROUP).doesNotContain(Demo.MEDICAL_GROUP);
        String reviewerTree = page("reviewer", Role.REVIEWER, "/units");
        assertThat(reviewerTree).doesNotContain(OTHER_TEAM);
        // the tree opens level by level: the medical group is read when its sub-team is opened
        Long medicalSubTeam = jdbc.queryForObject("select parent_id from unit where id = ?", Long.class,
                demo.unitId(Demo.MEDICAL_GROUP));
        assertThat(page("reviewer", Role.REVIEWER, "/units/" + medicalSubTeam + "/children"))
                .contains(Demo.MEDICAL_GROUP);

        String medicalMember = memberName(demo.memberIn(Demo.MEDICAL_GROUP));
        String teaMember = memberName(demo.memberIn(Demo.TEA_GROUP));
        assertThat(page("leader", Role.GROUP_LEADER, "/members")).contains(teaMember).doesNotContain(medicalMember)
                .doesNotContain(OTHER_MEMBER);
        String otherLink = "/members/" + demo.memberIn(OTHER_GROUP) + "\"";
        assertThat(page("leader", Role.GROUP_LEADER, "/members?q=" + OTHER_MEMBER)).doesNotContain(otherLink)
                .contains("共 0 人");
        assertThat(page("teamadmin", Role.ORG_ADMIN, "/members?q=" + OTHER_MEMBER)).doesNotContain(otherLink)
                .contains("共 0 人");
        assertThat(page("admin", Role.ORG_ADMIN, "/members?q=" + OTHER_MEMBER)).contains(otherLink)
                .contains("共 1 人");
        assertThat(page("teamadmin", Role.ORG_ADMIN, "/accounts")).doesNotContain("outsider");
        assertThat(status("secretary", Role.FIRST_SECRETARY, "/units")).isEqualTo(403);
        assertThat(status("secretary", Role.FIRST_SECRETARY, "/members")).isEqualTo(403);
    }

    // ---- probes

    record Probe(String method, String url, Map<String, String> params) {
        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    private static List<Probe> roster(Target t) {
        String v = String.valueOf(t.unitVersion());
        String mv = String.valueOf(t.memberVersion());
        return List.of(
                new Probe("GET", "/units/" + t.unitId(), Map.of()),
                new Probe("GET", "/units/" + t.unitId() + "/edit", Map.of()),
                new Probe("GET", "/units/" + t.unitId() + "/move", Map.of()),
                new Probe("GET", "/units/new?parent=" + t.parentId(), Map.of()),
                new Probe("GET", "/members/" + t.memberId(), Map.of()),
                new Probe("GET", "/members/" + t.memberId() + "/edit", Map.of()),
                new Probe("GET", "/members?unit=" + t.unitId(), Map.of()),
                new Probe("POST", "/units/new", Map.of("parentId", String.valueOf(t.parentId()), "kind", "GROUP",
                        "name", "越权新建小组", "field", "GENERAL")),
                new Probe("POST", "/units/" + t.unitId() + "/edit", Map.of("name", "越权改名", "field", "GENERAL",
                        "version", v)),
                new Probe("POST", "/units/" + t.unitId() + "/move", Map.of("parentId", String.valueOf(t.parentId()),
                        "version", v)),
                new Probe("POST", "/units/" + t.unitId() + "/archive", Map.of("version", v)),
                new Probe("POST", "/members/new", Map.of("name", "越权新人", "gender", "MALE", "workUnitId",
                        "1", "mobile", "13999999999", "type", "CADRE", "unitId", String.valueOf(t.unitId()),
                        "position", "MEMBER", "joinedOn", "2025-01-01")),
                new Probe("POST", "/members/" + t.memberId() + "/edit", Map.of("name", "越权改名", "gender", "MALE",
                        "workUnitId", "1", "mobile", "13999999998", "type", "CADRE", "version", mv)),
                new Probe("POST", "/members/" + t.memberId() + "/memberships", Map.of("unitId",
                        String.valueOf(t.unitId()), "position", "MEMBER", "joinedOn", "2025-01-01")),
                new Probe("POST", "/members/" + t.memberId() + "/memberships/" + t.membershipId() + "/leave",
                        Map.of("version", String.valueOf(t.membershipVersion()), "leftOn", "2026-01-01")),
                new Probe("POST", "/members/" + t.memberId() + "/archive", Map.of("version", mv)));
    }

    private static List<Probe> accountPages(Target t) {
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("GET", "/accounts", Map.of()),
                new Probe("GET", "/accounts/new", Map.of()),
                new Probe("GET", "/work-units/new", Map.of()),
                new Probe("POST", "/work-units/new", Map.of("name", "越权单位", "kind", "OTHER")),
                new Probe("POST", "/work-units/1/edit", Map.of("name", "越权单位", "kind", "OTHER", "version", "0")),
                new Probe("POST", "/work-units/1/archive", Map.of("version", "0"))));
        probes.addAll(accountWrites(t));
        return probes;
    }

    private static List<Probe> accountWrites(Target t) {
        String id = String.valueOf(t.accountId());
        String v = String.valueOf(t.accountVersion());
        return List.of(
                new Probe("GET", "/accounts/" + id, Map.of()),
                new Probe("GET", "/accounts/" + id + "/edit", Map.of()),
                new Probe("POST", "/accounts/new", Map.of("username", "intruder" + id, "displayName", "越权",
                        "role", "GROUP_LEADER", "scopeUnitId", String.valueOf(t.unitId()))),
                new Probe("POST", "/accounts/" + id + "/edit", Map.of("displayName", "越权", "role", "ORG_ADMIN",
                        "version", v)),
                new Probe("POST", "/accounts/" + id + "/reset-password", Map.of("version", v)),
                new Probe("POST", "/accounts/" + id + "/unlock", Map.of("version", v)),
                new Probe("POST", "/accounts/" + id + "/disable", Map.of("version", v)),
                new Probe("POST", "/accounts/" + id + "/enable", Map.of("version", v)));
    }

    /** Sends the probe as the user; asserts 403/404, no sign of the record, no change anywhere. */
    private int refused(String username, Role role, Probe probe, Target target) throws Exception {
        String before = fingerprint();
        MockHttpServletRequestBuilder request = probe.method().equals("GET") ? get(probe.url()) : post(probe.url());
        probe.params().forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request.with(user(username).roles(role.name())).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s as %s", probe.method(), probe.url(), username).isIn(403, 404);
        if (target != null && !probe.url().startsWith("/members?")) {
            assertThat(response.getContentAsString()).doesNotContain(target.memberName());
        }
        assertThat(fingerprint()).as("data after %s %s as %s", probe.method(), probe.url(), username)
                .isEqualTo(before);
        return response.getStatus();
    }

    /** Row counts and version sums of every table, and the number of history rows. */
    private String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("unit", "member", "membership", "work_unit", "account", "assisted_object")) {
            sb.append(jdbc.queryForObject("select count(*) || ':' || coalesce(sum(version), 0) from " + table,
                    String.class)).append('|');
        }
        return sb.append(jdbc.queryForObject("select count(*) from record_history", Long.class)).toString();
    }

    private String page(String username, Role role, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(username).roles(role.name())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String username, Role role, String url) throws Exception {
        return mvc.perform(get(url).with(user(username).roles(role.name()))).andReturn().getResponse().getStatus();
    }

    private String memberName(long id) {
        return jdbc.queryForObject("select name from member where id = ?", String.class, id);
    }

    private Target demoTarget(String groupName, String subTeamName) {
        long unitId = demo.unitId(groupName);
        long memberId = demo.memberIn(groupName);
        return target(unitId, demo.unitId(subTeamName), memberId, demo.accountId("leader"));
    }

    private Target target(long unitId, long parentId, long memberId, long accountId) {
        Map<String, Object> membership = jdbc.queryForMap(
                "select id, version from membership where member_id = ? and unit_id = ? and left_on is null",
                memberId, unitId);
        return new Target(unitId, version("unit", unitId), parentId, memberId, version("member", memberId),
                ((Number) membership.get("id")).longValue(), ((Number) membership.get("version")).longValue(),
                accountId, version("account", accountId),
                jdbc.queryForObject("select name from unit where id = ?", String.class, unitId),
                memberName(memberId));
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    /** A second team with a group, a member and a leader account; and "teamadmin", an admin of the demo team. */
    private synchronized Target otherTeam() {
        tx.executeWithoutResult(status -> {
            if (jdbc.queryForObject("select count(*) from unit where name = ?", Long.class, OTHER_TEAM) > 0) {
                return;
            }
            Scope system = Scope.system();
            Unit team = units.create(system, null, UnitKind.TEAM, new UnitDetails(OTHER_TEAM, null, UnitField.GENERAL,
                    null));
            Unit group = units.create(system, team.getId(), UnitKind.GROUP, new UnitDetails(OTHER_GROUP, null,
                    UnitField.INDUSTRY, null));
            Member member = members.create(system, new MemberDetails(OTHER_MEMBER, Gender.FEMALE,
                    demo.workUnitId("县农业农村局"), "科员", null, "果树栽培", "13700009999", true, MemberType.CADRE,
                    null), group.getId(), Position.GROUP_LEADER, LocalDate.of(2025, 1, 1));
            accounts.create(system, new AccountDetails("outsider", "外县组长", Role.GROUP_LEADER, group.getId(), null,
                    member.getId()));
            accounts.create(system, new AccountDetails("teamadmin", "示范县组织部", Role.ORG_ADMIN,
                    demo.unitId(Demo.TEAM), null, null));
        });
        long unitId = demo.unitId(OTHER_GROUP);
        return target(unitId, demo.unitId(OTHER_TEAM), demo.memberIn(OTHER_GROUP), demo.accountId("outsider"));
    }
}
