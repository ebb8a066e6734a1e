package cn.helituan.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitOption;
import cn.helituan.domain.team.UnitService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generator writes rows the application reads like its own, with accounts that log in and see their scope; it
 * writes once per database. Runs in a transaction that is rolled back, so the shared demo database stays as it was.
 */
@Transactional
class RosterGeneratorTest extends FullStackTest {

    private static final int MEMBERS = 3_000;

    @Autowired
    RosterGenerator generator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    UnitService units;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void generatesOnceAConsistentRosterWhoseAccountsLogIn() throws Exception {
        assertThat(generator.generate(MEMBERS, 7)).isTrue();
        assertThat(generator.generate(MEMBERS, 7)).as("second run").isFalse();

        assertThat(count("select count(*) from member where created_by = 'generator'")).isEqualTo(MEMBERS);
        assertThat(count("""
                select count(*) from unit u left join unit p on p.id = u.parent_id
                where u.created_by = 'generator'
                  and (u.path <> coalesce(p.path, '/') || u.id || '/' or u.depth <> coalesce(p.depth + 1, 0)
                       or u.version <> 0)""")).as("units with a wrong path, depth or version").isZero();
        assertThat(count("""
                select count(*) from unit u where u.kind = 'GROUP' and u.created_by = 'generator'
                  and (select count(*) from membership s where s.unit_id = u.id and s.left_on is null
                       and s.position = 'GROUP_LEADER') <> 1""")).as("groups without exactly one leader").isZero();
        assertThat(count("""
                select count(*) from record_history where changed_by = 'generator' and entity_type = 'Member'"""))
                .isEqualTo(MEMBERS);

        for (RosterGenerator.GeneratedAccount account : RosterGenerator.ACCOUNTS) {
            String hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class,
                    account.username());
            assertThat(passwordEncoder.matches(RosterGenerator.PASSWORD, hash)).isTrue();
            mvc.perform(formLogin().user(account.username()).password(RosterGenerator.PASSWORD))
                    .andExpect(authenticated().withUsername(account.username()));
        }
        assertThat(count("select count(*) from account where username like 'prov-%' and must_change_password"))
                .isZero();
    }

    @Test
    void theGroupLeaderSeesTheirGroupAndTheAdminSeesEveryone() {
        generator.generate(MEMBERS, 7);
        Scope leader = accounts.scopeOf("prov-leader").orElseThrow();
        long inGroup = count("select count(distinct member_id) from membership where unit_id = " + leader.unitId());
        assertThat(members.search(leader, MemberQuery.all(), PageRequest.of(0, 20)).getTotalElements())
                .isEqualTo(inGroup).isBetween(5L, 20L);

        Scope admin = accounts.scopeOf("prov-admin").orElseThrow();
        assertThat(members.search(admin, MemberQuery.all(), PageRequest.of(0, 20)).getTotalElements())
                .isEqualTo(count("select count(*) from member where not archived"));
    }

    @Test
    void aProvinceFilterOpensLikeATreeDownToTheChosenUnit() {
        generator.generate(MEMBERS, 7);
        Scope admin = accounts.scopeOf("prov-admin").orElseThrow();
        assertThat(count("select count(*) from unit where not archived")).isGreaterThan(UnitService.FILTER_LIMIT);

        List<UnitOption> options = units.filterOptions(admin, null);
        assertThat(options).extracting(UnitOption::depth).containsOnly(0, 1);
        assertThat(options).hasSize((int) count("select count(*) from unit where depth <= 1 and not archived"));

        Scope county = accounts.scopeOf("prov-subteam").orElseThrow();
        List<Long> groupsOfCounty = jdbc.queryForList("select id from unit where not archived and parent_id = ?",
                Long.class, county.unitId());
        List<UnitOption> withGroups = units.filterOptions(admin, county.unitId());
        assertThat(withGroups.stream().filter(u -> u.depth() == 3).map(UnitOption::id))
                .containsExactlyInAnyOrderElementsOf(groupsOfCounty);
        assertThat(withGroups).extracting(UnitOption::id).contains(county.unitId());
        Scope leader = accounts.scopeOf("prov-leader").orElseThrow();
        assertThat(units.filterOptions(admin, leader.unitId())).extracting(UnitOption::id).contains(leader.unitId());

        assertThat(units.filterOptions(county, null)).as("a county is small: every unit")
                .hasSize(groupsOfCounty.size() + 1);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
