package cn.helituan.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.dashboard.DashboardFixture;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitService;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

/**
 * The data API answers with JSON filtered by the caller's scope, signed in by a token an org admin issued (or by a
 * session); a revoked token, a wrong one or none is a 401, a role that may not read a list a 403, and only org admins
 * issue and revoke tokens, for accounts they manage.
 */
class DataApiTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    TransactionTemplate tx;

    DashboardFixture f;
    RequestPostProcessor teamAdmin;

    @BeforeEach
    void fixture() {
        f = new DashboardFixture(units, members, jdbc, tx);
        teamAdmin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
    }

    private long account(String role, long unit) {
        String username = Pages.unique("api");
        return jdbc.queryForObject("""
                insert into account (username, password_hash, display_name, role, scope_unit_id,
                                     must_change_password, created_at) values (?, 'x', '上级平台', ?, ?, false, now())
                returning id""", Long.class, username, role, unit);
    }

    /** Issues a token through the account page, as the org admin does, and returns the secret shown once. */
    private String issue(long accountId, String name) throws Exception {
        MvcResult result = mvc.perform(post("/accounts/" + accountId + "/tokens").with(teamAdmin).with(csrf())
                .param("name", name)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String secret = (String) result.getFlashMap().get("newToken");
        assertThat(secret).startsWith("hlt_").hasSizeGreaterThan(40);
        return secret;
    }

    private MvcResult call(String url, String token) throws Exception {
        return mvc.perform(get(url).header("Authorization", "Bearer " + token)).andReturn();
    }

    private String json(String url, String token) throws Exception {
        MvcResult result = call(url, token);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        return result.getResponse().getContentAsString();
    }

    @Test
    void aSubTeamsTokenReadsTheSubTeamsFiguresAndListsOnly() throws Exception {
        String token = issue(account("SUB_TEAM_LEADER", f.subA), "省委组织部数据平台");

        String dashboard = json("/api/v1/dashboard?period=YEAR&year=2025", token);
        assertThat((Integer) JsonPath.read(dashboard, "$.outcomes.reported")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(dashboard, "$.outcomes.confirmed")).isEqualTo(1);
        assertThat(JsonPath.read(dashboard, "$.outcomes.reportedFigures.FUNDS_SECURED").toString())
                .isIn("1000000", "1000000.0", "1000000.00");
        assertThat((Integer) JsonPath.read(dashboard, "$.structure.members")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(dashboard, "$.structure.objects.VILLAGE")).isEqualTo(1);
        assertThat((List<?>) JsonPath.read(dashboard, "$.trend")).hasSize(12);
        assertThat(JsonPath.read(dashboard, "$.period.first").toString()).isEqualTo("2025-01");

        String unitsJson = json("/api/v1/units?size=10", token);
        List<Integer> unitIds = JsonPath.read(unitsJson, "$.content[*].id");
        assertThat(unitIds).as("the sub-team first, then its groups").startsWith((int) f.subA)
                .containsExactlyInAnyOrder((int) f.subA, (int) f.groupA1, (int) f.groupA2);
        assertThat((Integer) JsonPath.read(json("/api/v1/members", token), "$.totalElements")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(json("/api/v1/relationships", token), "$.totalElements")).isEqualTo(3);

        String activities = json("/api/v1/activities?from=2025-01-01&to=2025-12-31&size=2", token);
        assertThat((List<?>) JsonPath.read(activities, "$.content")).hasSize(2);
        assertThat((Boolean) JsonPath.read(activities, "$.hasNext")).isTrue();
        String second = json("/api/v1/activities?from=2025-01-01&to=2025-12-31&size=2&page=2", token);
        assertThat((List<?>) JsonPath.read(second, "$.content")).as("a3 (A2), and 2024's a6 left out").hasSize(1);
        assertThat((Boolean) JsonPath.read(second, "$.hasNext")).isFalse();
        assertThat((List<Integer>) JsonPath.read(activities + "", "$.content[*].groupId"))
                .allMatch(g -> g == f.groupA1 || g == f.groupA2);

        MvcResult register = call("/api/v1/objects", token);
        assertThat(register.getResponse().getStatus()).as("the register is the department's").isEqualTo(403);
        assertThat(register.getResponse().getContentAsString()).contains("\"error\":\"forbidden\"");
        assertThat(call("/api/v1/activities?unit=" + f.groupB1, token).getResponse().getStatus())
                .as("another sub-team's group").isEqualTo(404);
        assertThat(call("/api/v1/dashboard?period=MONTH&month=2025-13", token).getResponse().getContentAsString())
                .contains("\"field\":\"month\"", "月份格式应为 2026-03");
        for (String bad : List.of("/api/v1/dashboard?period=WEEK", "/api/v1/units?page=abc",
                "/api/v1/activities?status=FOO")) {
            MvcResult unreadable = call(bad, token);
            assertThat(unreadable.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(unreadable.getResponse().getContentAsString()).contains("\"error\":\"bad_request\"");
        }
    }

    @Test
    void aRevokedOrWrongTokenOrNoneIsRefusedWithoutAPage() throws Exception {
        long accountId = account("GROUP_LEADER", f.groupB1);
        String token = issue(accountId, "区县数据平台");
        assertThat((Integer) JsonPath.read(json("/api/v1/dashboard?year=2025", token), "$.outcomes.reported"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_token where account_id = ?",
                Boolean.class, accountId)).as("the use is noted").isTrue();

        long tokenId = jdbc.queryForObject("select id from api_token where account_id = ?", Long.class, accountId);
        assertThat(mvc.perform(post("/accounts/" + accountId + "/tokens/" + tokenId + "/revoke").with(teamAdmin)
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        MvcResult revoked = call("/api/v1/dashboard", token);
        assertThat(revoked.getResponse().getStatus()).isEqualTo(401);
        assertThat(revoked.getResponse().getContentAsString()).isEqualTo("{\"error\":\"invalid_token\"}");
        assertThat(call("/api/v1/units", token.substring(0, token.length() - 1) + "x").getResponse().getStatus())
                .isEqualTo(401);
        MvcResult none = mvc.perform(get("/api/v1/units")).andReturn();
        assertThat(none.getResponse().getStatus()).as("no login page for a program").isEqualTo(401);
        assertThat(none.getResponse().getHeader("Location")).isNull();

        String disabled = issue(accountId, "停用后");
        jdbc.update("update account set enabled = false where id = ?", accountId);
        assertThat(call("/api/v1/units", disabled).getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + disabled)).andReturn()
                .getResponse().getStatus()).as("nothing is written through the API").isIn(401, 403, 405);
    }

    @Test
    void aSessionReadsTheApiTooAndAPlainMemberIsRefusedTheDashboard() throws Exception {
        MvcResult session = mvc.perform(get("/api/v1/units").with(user("admin").roles("ORG_ADMIN"))).andReturn();
        assertThat(session.getResponse().getStatus()).isEqualTo(200);
        String member = issue(account("MEMBER", f.groupA1), "成员令牌");
        assertThat(call("/api/v1/dashboard", member).getResponse().getStatus()).isEqualTo(403);
        assertThat((Integer) JsonPath.read(json("/api/v1/units", member), "$.totalElements")).as("their group")
                .isEqualTo(1);
    }

    @Test
    void aSessionStillOnATemporaryPasswordReadsNothing() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/units").with(user("admin").roles("ORG_ADMIN"))
                .sessionAttr(cn.helituan.web.security.PasswordChangeFilter.MUST_CHANGE, true)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentAsString()).contains("password_change_required");
    }

    @Test
    void aVillagesAccountGetsATokenOnlyFromTheWholeDeploymentsAdmin() throws Exception {
        long object = jdbc.queryForObject("select min(id) from assisted_object", Long.class);
        long secretary = jdbc.queryForObject("""
                insert into account (username, password_hash, display_name, role, scope_object_id,
                                     must_change_password, created_at) values (?, 'x', '村', 'FIRST_SECRETARY', ?, false, now())
                returning id""", Long.class, Pages.unique("village"), object);
        assertThat(mvc.perform(post("/accounts/" + secretary + "/tokens").with(teamAdmin).with(csrf())
                .param("name", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from api_token where account_id = ?", Long.class, secretary))
                .isZero();
        MvcResult issued = mvc.perform(post("/accounts/" + secretary + "/tokens").with(csrf()).param("name", "x")
                .with(Pages.account(jdbc, "ORG_ADMIN", null, null))).andReturn();
        assertThat(issued.getFlashMap().get("newToken")).as("the whole deployment's admin").isNotNull();
    }

    @Test
    void onlyAnOrgAdminIssuesTokensAndOnlyForAccountsTheyManage() throws Exception {
        long accountId = account("GROUP_LEADER", f.groupA1);
        assertThat(mvc.perform(post("/accounts/" + accountId + "/tokens").with(csrf()).param("name", "x")
                .with(Pages.account(jdbc, "SUB_TEAM_LEADER", f.subA, null))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        long demoTeam = jdbc.queryForObject("select id from unit where parent_id is null and id <> ? order by id"
                + " limit 1", Long.class, f.team);
        assertThat(mvc.perform(post("/accounts/" + accountId + "/tokens").with(csrf()).param("name", "x")
                .with(Pages.account(jdbc, "ORG_ADMIN", demoTeam, null))).andReturn().getResponse().getStatus())
                .as("another team's admin").isEqualTo(404);
        MvcResult blank = mvc.perform(post("/accounts/" + accountId + "/tokens").with(teamAdmin).with(csrf())
                .param("name", "  ")).andReturn();
        assertThat(((BindingResult) blank.getFlashMap()
                .get(BindingResult.MODEL_KEY_PREFIX + "tokenForm"))
                .getFieldError("name").getCode()).as("said on the name's field").isEqualTo("apiToken.name.required");
        assertThat(mvc.perform(get("/accounts/" + accountId).with(teamAdmin).flashAttrs(blank.getFlashMap()))
                .andReturn().getResponse().getContentAsString()).contains("请填写令牌用途，便于日后辨认和撤销");
        assertThat(jdbc.queryForObject("select count(*) from api_token where account_id = ?", Long.class, accountId))
                .isZero();

        issue(accountId, "市委组织部");
        String page = mvc.perform(get("/accounts/" + accountId).with(teamAdmin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"api-tokens\"", "市委组织部", "hlt_").doesNotContain("token_hash");
        assertThat(jdbc.queryForObject("select token_hash from api_token where account_id = ?", String.class,
                accountId)).as("only the digest is kept").hasSize(64).doesNotStartWith("hlt_");
    }
}
