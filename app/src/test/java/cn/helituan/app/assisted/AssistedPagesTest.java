package cn.helituan.app.assisted;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.redirectId;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The register of assisted objects and the regions: what an organization department does with them. */
class AssistedPagesTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssistedService assisted;
    @Autowired
    UnitService units;
    @Autowired
    MemberService memberService;
    @Autowired
    TransactionTemplate tx;

    private long regionId(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    private long objectId(String name) {
        return jdbc.queryForObject("select id from assisted_object where name = ? and created_by = 'system'",
                Long.class, name);
    }

    private static MockHttpServletRequestBuilder objectForm(String url, String... fields) {
        MockHttpServletRequestBuilder request = post(url).with(admin()).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsString();
    }

    /** The rows of the register's list (the filters above also name regions such as 桃园村). */
    private String rows(String url) throws Exception {
        String page = page(url, admin());
        int table = page.indexOf("id=\"object-count\"");
        assertThat(table).as("the list's count").isPositive();
        return page.substring(table);
    }

    @Test
    void aVillageIsRegisteredWithItsCategoriesAndFoundByCategoryAndByTown() throws Exception {
        String name = unique("松林村");
        long town = regionId("DEMO-R01");
        MvcResult created = mvc.perform(objectForm("/objects/new", "kind", "VILLAGE", "name", name,
                        "code", unique("V"), "regionId", String.valueOf(town), "categories", "WEAK",
                        "categories", "INDUSTRY", "population", "1860", "households", "520",
                        "chainId", String.valueOf(jdbc.queryForObject("select min(id) from industrial_chain", Long.class)),
                        "scale", "LARGE", "contactPhone", "0916-1234567"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = redirectId(created);

        assertThat(jdbc.queryForMap("select categories, population, chain_id, scale from assisted_object where id = ?", id))
                .containsEntry("categories", ",WEAK,INDUSTRY,").containsEntry("population", 1860)
                .as("an enterprise's fields are not kept for a village")
                .containsEntry("chain_id", null).containsEntry("scale", null);
        assertThat(page("/objects/" + id, admin())).contains(name, "青山镇", "弱村", "产业村", "1860", "0916-1234567");
        assertThat(rows("/objects?category=WEAK")).contains(name, "石门村").doesNotContain("桃园村", "青山村");
        assertThat(rows("/objects?region=" + regionId("DEMO-R00"))).as("the county holds its towns' objects")
                .contains(name, "青山村", "桃园村");
        assertThat(rows("/objects?region=" + regionId("DEMO-R02"))).doesNotContain(name, "青山村").contains("桃园村");
        assertThat(rows("/objects?q=" + name.substring(0, 3) + "&kind=VILLAGE")).contains(name);
        assertThat(rows("/objects?kind=ENTERPRISE&q=绿源")).contains("绿源茶业有限公司");
        assertThat(rows("/objects?kind=ENTERPRISE&q=" + name)).doesNotContain(name);
        assertThat(rows("/objects?kind=ENTERPRISE&q=石门")).doesNotContain("石门村");
        // searched by name: other tests' objects, paired or not, may fill the first page
        assertThat(rows("/objects?paired=false&q=" + name)).as("not paired yet").contains(name);
        assertThat(rows("/objects?paired=false&q=青山")).doesNotContain("青山村");
        assertThat(rows("/objects?paired=true&q=青山")).contains("青山村");
        assertThat(rows("/objects?paired=true&q=" + name)).doesNotContain(name);
    }

    @Test
    void aPageNumberBeyondTheEndIsAnEmptyPageNotAnError() throws Exception {
        assertThat(rows("/objects?page=2000000000")).contains("没有符合条件的帮扶对象。");
    }

    @Test
    void anObjectWithAnActiveTermOrAFirstSecretaryIsNotArchived() throws Exception {
        long qingshan = objectId("青山村");
        long version = jdbc.queryForObject("select version from assisted_object where id = ?", Long.class, qingshan);
        MvcResult refused = mvc.perform(post("/objects/" + qingshan + "/archive").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(new Pages(mvc).follow(refused, admin()).getResponse().getContentAsString())
                .contains("该对象还有在期的帮扶关系，不能撤销。");
        assertThat(jdbc.queryForObject("select archived from assisted_object where id = ?", Boolean.class, qingshan))
                .isFalse();
    }

    @Test
    void aChangedCategoryShowsInTheHistoryInWords() throws Exception {
        long id = redirectId(mvc.perform(objectForm("/objects/new", "kind", "VILLAGE", "name", unique("柏树村"),
                "code", unique("V"), "categories", "POOR")).andReturn());
        long version = jdbc.queryForObject("select version from assisted_object where id = ?", Long.class, id);
        String name = jdbc.queryForObject("select name from assisted_object where id = ?", String.class, id);
        String code = jdbc.queryForObject("select code from assisted_object where id = ?", String.class, id);

        mvc.perform(objectForm("/objects/" + id + "/edit", "kind", "VILLAGE", "name", name, "code", code,
                        "categories", "POOR", "categories", "DISORDERLY", "version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        String history = Pages.after(page("/objects/" + id, admin()), "id=\"history\"", 4000);
        assertThat(history).contains("村类别", "穷村、乱村", "组织部管理员");
    }

    @Test
    void aTakenCodeANegativePopulationAndAWrongPhoneAreFieldErrorsAndNothingIsWritten() throws Exception {
        long before = jdbc.queryForObject("select count(*) from assisted_object", Long.class);
        mvc.perform(objectForm("/objects/new", "kind", "VILLAGE", "name", unique("错村"), "code", "DEMO-001",
                        "population", "-5", "contactPhone", "电话"))
                .andExpect(status().isOk())
                .andExpect(view().name("objects/form"))
                .andExpect(model().attributeHasFieldErrorCode("assistedForm", "population", "PositiveOrZero"))
                .andExpect(model().attributeHasFieldErrorCode("assistedForm", "contactPhone", "Pattern"));
        String page = mvc.perform(objectForm("/objects/new", "kind", "VILLAGE", "name", unique("错村"),
                        "code", "demo-001"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("assistedForm", "code", "assisted.code.taken"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已有使用此编码的帮扶对象。");
        assertThat(jdbc.queryForObject("select count(*) from assisted_object", Long.class)).isEqualTo(before);
    }

    @Test
    void aConcurrentEditIsRefusedWithTheInputKept() throws Exception {
        long id = redirectId(mvc.perform(objectForm("/objects/new", "kind", "COMMUNITY", "name", unique("东风社区"),
                "code", unique("C"), "goals", "SAFE")).andReturn());
        String code = jdbc.queryForObject("select code from assisted_object where id = ?", String.class, id);
        mvc.perform(objectForm("/objects/" + id + "/edit", "kind", "COMMUNITY", "name", "东风社区甲", "code", code,
                "version", "0")).andExpect(status().is3xxRedirection());

        String stale = mvc.perform(objectForm("/objects/" + id + "/edit", "kind", "COMMUNITY", "name", "东风社区乙",
                        "code", code, "version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("东风社区乙", "在您编辑期间，此记录已被他人修改");
        assertThat(jdbc.queryForObject("select name from assisted_object where id = ?", String.class, id))
                .isEqualTo("东风社区甲");
    }

    @Test
    void regionsNestCountyTownVillageAndARegionInUseIsNotArchived() throws Exception {
        String county = unique("测试县");
        long countyId = redirectId(mvc.perform(post("/regions/new").with(admin()).with(csrf())
                .param("level", "COUNTY").param("name", county).param("code", unique("RC"))).andReturn());
        mvc.perform(post("/regions/new").with(admin()).with(csrf()).param("parentId", String.valueOf(countyId))
                        .param("level", "VILLAGE").param("name", "跳级村").param("code", unique("RV")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("regionForm", "parentId", "region.parent.invalid"));
        long townId = redirectId(mvc.perform(post("/regions/new").with(admin()).with(csrf())
                .param("parentId", String.valueOf(countyId)).param("level", "TOWN").param("name", "测试镇")
                .param("code", unique("RT"))).andReturn());

        assertThat(jdbc.queryForObject("select path from region where id = ?", String.class, townId))
                .isEqualTo("/" + countyId + "/" + townId + "/");
        assertThat(page("/regions", admin())).contains(county, "测试镇");
        long version = jdbc.queryForObject("select version from region where id = ?", Long.class, countyId);
        mvc.perform(post("/regions/" + countyId + "/archive").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select archived from region where id = ?", Boolean.class, countyId)).isFalse();
        assertThat(page("/regions/" + countyId, admin())).contains(county);
    }

    @Test
    void aFirstSecretaryIsStationedByMobileOneAtATimeAndTheEndIsKept() throws Exception {
        // 白云村 has no cadre stationed in the demo (石门村 has its rotation in progress)
        long shimen = objectId("白云村");
        String mobile = jdbc.queryForObject("""
                select m.mobile from member m where m.created_by = 'system' and not m.archived
                and not exists (select 1 from stationing s where s.member_id = m.id and s.ends_on is null)
                order by m.id desc limit 1""", String.class);
        String name = jdbc.queryForObject("select name from member where mobile = ?", String.class, mobile);

        mvc.perform(post("/objects/" + shimen + "/secretaries").with(admin()).with(csrf())
                        .param("mobile", "13999999999").param("startsOn", "2026-03-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("stationForm", "mobile", "stationing.member.unknown"));
        mvc.perform(post("/objects/" + shimen + "/secretaries").with(admin()).with(csrf())
                        .param("mobile", mobile).param("startsOn", "2026-03-01"))
                .andExpect(status().is3xxRedirection());
        String page = page("/objects/" + shimen, admin());
        assertThat(Pages.after(page, "id=\"secretaries\"", 3000)).contains(name, "在任", "2026-03-01 — 至今", "开设村账号");

        String second = mvc.perform(post("/objects/" + shimen + "/secretaries").with(admin()).with(csrf())
                        .param("mobile", mobile).param("startsOn", "2026-04-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("该对象已有在任的第一书记，请先结束其驻村。");

        long stationing = jdbc.queryForObject("select id from stationing where object_id = ? and ends_on is null",
                Long.class, shimen);
        mvc.perform(post("/objects/" + objectId("青山村") + "/secretaries/" + stationing + "/end").with(admin())
                        .with(csrf()).param("version", "0").param("endsOn", "2026-10-31"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/objects/" + shimen + "/secretaries/" + stationing + "/end").with(admin()).with(csrf())
                .param("version", "0").param("endsOn", "2026-02-01"));
        assertThat(jdbc.queryForObject("select ends_on from stationing where id = ?", java.sql.Date.class, stationing))
                .as("an end before the start is refused").isNull();
        // the account opened for them from the stationing, and another of the village's (a contact's)
        long memberId = jdbc.queryForObject("select id from member where mobile = ?", Long.class, mobile);
        String theirs = unique("shimen-sec");
        String other = unique("shimen-other");
        for (String username : new String[] {theirs, other}) {
            jdbc.update("""
                    insert into account (username, password_hash, display_name, role, scope_object_id, member_id,
                                         must_change_password, created_at)
                    values (?, 'x', '白云村', 'FIRST_SECRETARY', ?, ?, false, now())""", username, shimen,
                    username.equals(theirs) ? memberId : null);
        }
        mvc.perform(post("/objects/" + shimen + "/secretaries/" + stationing + "/end").with(admin()).with(csrf())
                .param("version", "0").param("endsOn", "2026-10-31"));
        assertThat(jdbc.queryForObject("select enabled from account where username = ?", Boolean.class, theirs))
                .as("a first secretary who has left no longer reads the village").isFalse();
        assertThat(jdbc.queryForObject("select enabled from account where username = ?", Boolean.class, other))
                .isTrue();
        assertThat(Pages.after(page("/objects/" + shimen, admin()), "id=\"secretaries\"", 3000))
                .contains(name, "2026-03-01 — 2026-10-31", "驻村结束日期 — → 2026-10-31", "组织部管理员")
                .doesNotContain("在任");

        assertThat(page("/accounts/new?member=1&object=" + shimen, admin()))
                .as("the village account form comes filled in for a first secretary").contains("FIRST_SECRETARY");
    }

    @Test
    void anAdminOfOneTeamStationsOnlyMembersOfThatTeam() {
        Scope system = Scope.system();
        String outsiderMobile = cn.helituan.app.support.Pages.mobile();
        tx.executeWithoutResult(status -> {
            Unit team = units.create(system, null, UnitKind.TEAM, new UnitDetails(unique("邻县合力团"), null,
                    UnitField.GENERAL, null));
            Unit group = units.create(system, team.getId(), UnitKind.GROUP, new UnitDetails(unique("邻县小组"), null,
                    UnitField.GENERAL, null));
            memberService.create(system, new MemberDetails(unique("邻县干部"), Gender.MALE, jdbc.queryForObject(
                    "select min(id) from work_unit", Long.class), "科员", null, null, outsiderMobile, true,
                    MemberType.CADRE, null), group.getId(), Position.MEMBER, LocalDate.of(2025, 1, 1));
        });
        long demoTeam = jdbc.queryForObject("select id from unit where name = '示范县干部人才合力团'", Long.class);
        Scope teamAdmin = new Scope(null, "teamadmin-test", Role.ORG_ADMIN, demoTeam, "/" + demoTeam + "/", null, null);
        long baiyun = objectId("白云村");

        assertThatThrownBy(() -> assisted.station(teamAdmin, baiyun, outsiderMobile, LocalDate.of(2026, 5, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("stationing.member.unknown"));
        String ownMobile = jdbc.queryForObject("""
                select m.mobile from member m join membership s on s.member_id = m.id join unit u on u.id = s.unit_id
                where u.path like ? and not m.archived
                and not exists (select 1 from stationing t where t.member_id = m.id and t.ends_on is null)
                order by m.id limit 1""", String.class, "/" + demoTeam + "/%");
        long before = jdbc.queryForObject("select count(*) from stationing where object_id = ?", Long.class, baiyun);
        tx.executeWithoutResult(status -> {
            assisted.station(teamAdmin, baiyun, ownMobile, LocalDate.of(2026, 5, 1));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from stationing where object_id = ?", Long.class, baiyun))
                .as("rolled back").isEqualTo(before);
    }

    /** Who may not see or change the register, and what each gets: nothing changes in any case. */
    @Test
    void onlyTheOrganizationDepartmentReadsTheRegisterAndOnlyItsAdministratorsChangeIt() throws Exception {
        long qingshan = objectId("青山村");
        long shimen = objectId("石门村");
        long town = regionId("DEMO-R01");
        String before = fingerprint();

        for (String role : List.of("subteam", "leader", "member")) {
            RequestPostProcessor who = user(role).roles(roleOf(role));
            // (their group is paired with 青山村, so they read its page: RelationshipPagesTest)
            for (String url : List.of("/objects", "/objects/new", "/regions", "/regions/" + town, "/regions/new",
                    "/objects/" + qingshan + "/edit")) {
                mvc.perform(get(url).with(who)).andExpect(status().isForbidden());
            }
            probeWrites(who, qingshan, town);
        }

        RequestPostProcessor secretary = user("secretary").roles("FIRST_SECRETARY");
        assertThat(page("/", secretary)).contains("href=\"/objects/" + qingshan + "\"");
        assertThat(page("/objects/" + qingshan, secretary)).contains("青山村", "脱贫村").doesNotContain("石门村");
        mvc.perform(get("/objects/" + shimen).with(secretary)).andExpect(status().isNotFound());
        mvc.perform(get("/objects").with(secretary)).andExpect(status().isForbidden());
        mvc.perform(get("/regions").with(secretary)).andExpect(status().isForbidden());
        probeWrites(secretary, qingshan, town);

        RequestPostProcessor reviewer = user("reviewer").roles("REVIEWER");
        assertThat(page("/objects", reviewer)).contains("青山村", "石门村").doesNotContain("新建帮扶对象");
        assertThat(page("/regions/" + town, reviewer)).contains("青山镇");
        mvc.perform(get("/objects/new").with(reviewer)).andExpect(status().isForbidden());
        probeWrites(reviewer, qingshan, town);

        mvc.perform(get("/objects/999999").with(admin())).andExpect(status().isNotFound());
        assertThat(fingerprint()).isEqualTo(before);
    }

    private void probeWrites(RequestPostProcessor who, long objectId, long regionId) throws Exception {
        Map<String, String[]> writes = Map.of(
                "/objects/new", new String[] {"kind", "VILLAGE", "name", "越权村", "code", "X-1"},
                "/objects/" + objectId + "/edit", new String[] {"kind", "VILLAGE", "name", "改名村", "code", "X-2",
                    "version", "0"},
                "/objects/" + objectId + "/archive", new String[] {"version", "0"},
                "/regions/new", new String[] {"level", "COUNTY", "name", "越权县", "code", "X-3"},
                "/regions/" + regionId + "/edit", new String[] {"level", "TOWN", "name", "改名镇", "code", "X-4",
                    "version", "0"},
                "/regions/" + regionId + "/archive", new String[] {"version", "0"},
                "/objects/" + objectId + "/secretaries", new String[] {"mobile", "13800000001",
                    "startsOn", "2026-01-01"});
        for (Map.Entry<String, String[]> write : writes.entrySet()) {
            MockHttpServletRequestBuilder request = post(write.getKey()).with(who).with(csrf());
            String[] fields = write.getValue();
            for (int i = 0; i < fields.length; i += 2) {
                request.param(fields[i], fields[i + 1]);
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as(write.getKey()).isIn(403, 404);
        }
    }

    private static String roleOf(String username) {
        return switch (username) {
            case "subteam" -> "SUB_TEAM_LEADER";
            case "leader" -> "GROUP_LEADER";
            default -> "MEMBER";
        };
    }

    private String fingerprint() {
        return jdbc.queryForObject("""
                select (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '')
                        from assisted_object)
                    || '|' || (select count(*) || ':' || coalesce(sum(version), 0) from region)
                    || '|' || (select count(*) from record_history)""", String.class);
    }
}
