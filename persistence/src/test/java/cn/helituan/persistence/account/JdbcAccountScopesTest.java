package cn.helituan.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

/** The scope read on every request: what the account may see, straight from the database (in the test's transaction). */
class JdbcAccountScopesTest extends PersistenceTest {

    private JdbcAccountScopes scopes() {
        return new JdbcAccountScopes(jdbc);
    }

    @Test
    void theScopeCarriesRoleUnitPathAndMemberAndIgnoresTheCaseOfTheUsername() {
        Unit team = unit(null, UnitKind.TEAM, "岚皋县合力团");
        Unit town = unit(team, UnitKind.SUB_TEAM, "城关镇服务团");
        Member wang = member(details("王磊", "13900000011", "党建", "科长", true, MemberType.CADRE),
                workUnit("县委组织部", WorkUnitKind.PARTY_GOVERNMENT));
        Account account = new Account("WangLei", "{noop}x", "王磊");
        account.assign(Role.SUB_TEAM_LEADER, town, null, wang);
        em.persistAndFlush(account);

        assertThat(scopes().ofEnabled("wanglei")).hasValueSatisfying(scope -> {
            assertThat(scope.accountId()).isEqualTo(account.getId());
            assertThat(scope.username()).isEqualTo("WangLei");
            assertThat(scope.role()).isEqualTo(Role.SUB_TEAM_LEADER);
            assertThat(scope.unitId()).isEqualTo(town.getId());
            assertThat(scope.unitPath()).isEqualTo(town.getPath()).startsWith(team.getPath());
            assertThat(scope.objectId()).isNull();
            assertThat(scope.memberId()).isEqualTo(wang.getId());
        });
        assertThat(scopes().ofEnabled("nobody")).isEmpty();
    }

    @Test
    void aWholeDeploymentAdministratorHasNoUnitAndADisabledAccountNoScope() {
        Account admin = new Account("prov-admin-test", "{noop}x", "省委组织部");
        admin.assign(Role.ORG_ADMIN, null, null, null);
        em.persistAndFlush(admin);

        assertThat(scopes().ofEnabled("prov-admin-test")).hasValueSatisfying(scope -> {
            assertThat(scope.wholeDeployment()).isTrue();
            assertThat(scope.pathFilter()).isEmpty();
        });

        admin.disable();
        em.persistAndFlush(admin);
        assertThat(scopes().ofEnabled("prov-admin-test")).isEmpty();
    }
}
