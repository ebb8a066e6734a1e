package cn.helituan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.dashboard.Dashboard;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.dashboard.Period;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deployment loaded with Baoji's first year (../shared/DOMAIN.md) shows Baoji's figures: 656 cadres and talents in
 * 101 groups and 7 sub-teams; 59 enterprises in 13 industrial chains, 204 villages and 26 communities; 434
 * activities, 94 projects introduced, ¥1.42 billion secured, 168 new technologies and products, 734 trainings,
 * 80,000 beneficiaries.
 */
class BaojiDashboardTest extends FullStackTest {

    @Autowired
    UnitService units;
    @Autowired
    DashboardService dashboards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    @Test
    void baojisYearShowsBaojisFigures() throws Exception {
        Scope system = Scope.system();
        List<Long> groups = new ArrayList<>();
        long team = tx.execute(status -> {
            long t = units.create(system, null, UnitKind.TEAM, details("宝鸡市干部人才合力团")).getId();
            for (int s = 0; s < 7; s++) {
                long sub = units.create(system, t, UnitKind.SUB_TEAM, details("分团" + s)).getId();
                for (int g = s; g < 101; g += 7) {
                    groups.add(units.create(system, sub, UnitKind.GROUP, details("小组" + g)).getId());
                }
            }
            return t;
        });
        Long[] ids = groups.toArray(new Long[0]);
        long workUnit = jdbc.queryForObject("select min(id) from work_unit", Long.class);
        String mobiles = "196" + String.format("%04d", team % 10000);
        jdbc.update("""
                insert into member (name, gender, work_unit_id, mobile, type, created_at, created_by)
                select '宝鸡干部' || s, 'MALE', ?, ? || lpad(s::text, 4, '0'), 'CADRE', now(), 'test'
                from generate_series(1, 656) s""", workUnit, mobiles);
        jdbc.update("""
                insert into membership (member_id, unit_id, position, joined_on, created_at, created_by)
                select m.id, (?::bigint[])[1 + (row_number() over (order by m.id) - 1) % 101], 'MEMBER',
                       date '2025-01-01', now(), 'test'
                from member m where m.mobile like ? || '%'""", ids, mobiles);
        jdbc.update("""
                insert into industrial_chain (name, created_at, created_by)
                select ? || '产业链' || s, now(), 'test' from generate_series(1, 13) s""", "宝鸡" + team);
        // 59 enterprises over the 13 chains, 204 villages, 26 communities, each paired with a group
        jdbc.update("""
                insert into assisted_object (kind, name, code, chain_id, created_at, created_by)
                select case when s <= 59 then 'ENTERPRISE' when s <= 263 then 'VILLAGE' else 'COMMUNITY' end,
                       '宝鸡对象' || s, ? || s,
                       case when s <= 59 then (select id from industrial_chain where name = ? || '产业链' || (1 + s % 13))
                       end, now(), 'test'
                from generate_series(1, 289) s""", "BJ" + team + "-", "宝鸡" + team);
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                select (?::bigint[])[1 + (row_number() over (order by o.id) - 1) % 101], o.id, date '2025-01-01',
                       date '2026-12-31', 'RURAL_REVITALIZATION', 'ACTIVE', now(), 'test'
                from assisted_object o where o.code like ? || '%'""", ids, "BJ" + team + "-");
        // 434 activities in 2025: 94 with a project, ¥1,420,000,000 in all, 168 technologies, 734 trainings, 80,000
        // beneficiaries; every thirteenth still waiting for its village
        jdbc.update("""
                insert into activity (group_id, type_id, occurred_on, title, status, projects_introduced,
                                      funds_secured, technologies_promoted, trainings_held, beneficiaries,
                                      created_at, created_by)
                select (?::bigint[])[1 + s % 101], (select id from activity_type where code = 'PROJECT'),
                       date '2025-01-01' + (s * 7 % 365), '宝鸡活动' || s,
                       case when s % 13 = 0 then 'REPORTED' else 'CONFIRMED' end,
                       case when s <= 94 then 1 end,
                       case when s = 434 then 1420000000 - 433 * 3271889 else 3271889 end,
                       case when s <= 168 then 1 end,
                       case when s <= 300 then 2 else 1 end,
                       case when s = 1 then 184 + 144 else 184 end, now(), 'test'
                from generate_series(1, 434) s""", (Object) ids);

        Scope admin = new Scope(null, "baoji-admin", Role.ORG_ADMIN, team, "/" + team + "/", null, null);
        Dashboard d = dashboards.dashboard(admin, Period.year(2025));
        assertThat(d.structure().members()).isEqualTo(656);
        assertThat(d.structure().subTeams()).isEqualTo(7);
        assertThat(d.structure().groups()).isEqualTo(101);
        assertThat(d.structure().objects(AssistedKind.ENTERPRISE)).isEqualTo(59);
        assertThat(d.structure().objects(AssistedKind.VILLAGE)).isEqualTo(204);
        assertThat(d.structure().objects(AssistedKind.COMMUNITY)).isEqualTo(26);
        assertThat(d.structure().chains()).isEqualTo(13);
        assertThat(d.outcomes().reported()).isEqualTo(434);
        assertThat(d.outcomes().confirmed()).isEqualTo(434 - 33);
        assertThat(d.outcomes().reported(Figure.PROJECTS_INTRODUCED)).isEqualByComparingTo("94");
        assertThat(d.outcomes().reported(Figure.FUNDS_SECURED)).isEqualByComparingTo("1420000000");
        assertThat(d.outcomes().reported(Figure.TECHNOLOGIES_PROMOTED)).isEqualByComparingTo("168");
        assertThat(d.outcomes().reported(Figure.TRAININGS_HELD)).isEqualByComparingTo("734");
        assertThat(d.outcomes().reported(Figure.BENEFICIARIES)).isEqualByComparingTo("80000");

        String page = mvc.perform(get("/dashboard?year=2025").with(Pages.account(jdbc, "ORG_ADMIN", team, null)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Pages.after(page, "data-figure=\"FUNDS_SECURED\"", 400)).contains(">1,420,000,000.00<");
        assertThat(Pages.after(page, "data-figure=\"BENEFICIARIES\"", 400)).contains(">80,000<");
        assertThat(Pages.after(page, "id=\"s-members\"", 200)).contains(">656<");
    }

    private static UnitDetails details(String name) {
        return new UnitDetails(Pages.unique(name), null, UnitField.GENERAL, null);
    }
}
