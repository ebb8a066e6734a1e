package cn.helituan.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {

    private static Scope of(Role role, Long unitId, String unitPath) {
        return new Scope(10L, "user", role, unitId, unitPath, null, null);
    }

    private final Scope admin = of(Role.ORG_ADMIN, null, null);
    private final Scope countyAdmin = of(Role.ORG_ADMIN, 1L, "/1/");
    private final Scope subTeamLeader = of(Role.SUB_TEAM_LEADER, 4L, "/1/4/");
    private final Scope groupLeader = of(Role.GROUP_LEADER, 9L, "/1/4/9/");
    private final Scope secretary = new Scope(11L, "secretary", Role.FIRST_SECRETARY, null, null, 30L, null);

    @Test
    void anAdminWithoutAUnitSeesTheWholeDeployment() {
        assertThat(admin.wholeDeployment()).isTrue();
        assertThat(admin.covers("/1/")).isTrue();
        assertThat(admin.covers("/2/17/")).isTrue();
        assertThat(admin.pathFilter()).isEmpty();
        assertThat(Scope.system().wholeDeployment()).isTrue();
        assertThat(Scope.system().username()).isEqualTo("system");
    }

    @Test
    void aUnitScopeCoversItsUnitAndEverythingBelowByPathPrefix() {
        assertThat(subTeamLeader.wholeDeployment()).isFalse();
        assertThat(subTeamLeader.covers("/1/4/")).isTrue();
        assertThat(subTeamLeader.covers("/1/4/9/")).isTrue();
        assertThat(subTeamLeader.covers("/1/4/9/12/")).isTrue();
        assertThat(subTeamLeader.covers("/1/")).isFalse();
        assertThat(subTeamLeader.covers("/1/5/")).isFalse();
        assertThat(subTeamLeader.covers("/1/40/")).isFalse();
        assertThat(subTeamLeader.covers(null)).isFalse();
        assertThat(subTeamLeader.pathFilter()).isEqualTo("/1/4/");
    }

    @Test
    void anAdminOfOneTeamSeesOnlyThatTeam() {
        assertThat(countyAdmin.wholeDeployment()).isFalse();
        assertThat(countyAdmin.covers("/1/4/9/")).isTrue();
        assertThat(countyAdmin.covers("/2/")).isFalse();
        assertThat(countyAdmin.pathFilter()).isEqualTo("/1/");
    }

    @Test
    void aFirstSecretaryCoversNoUnitAndReadsNoRoster() {
        assertThat(secretary.covers("/1/")).isFalse();
        assertThat(secretary.covers("/1/4/9/")).isFalse();
        assertThat(new Scope(11L, "odd", Role.FIRST_SECRETARY, 1L, "/1/", 30L, null).covers("/1/4/")).isFalse();
        assertThat(secretary.canReadRoster()).isFalse();
        assertThatThrownBy(secretary::requireRoster).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(secretary::requireStructure).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(secretary::requireAccounts).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aUnitRoleWithoutAUnitReadsNothing() {
        Scope broken = of(Role.GROUP_LEADER, null, null);

        assertThat(broken.covers("/1/")).isFalse();
        assertThatThrownBy(broken::requireRoster).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAdminsAndSubTeamLeadersManageTheStructure() {
        assertThatNoException().isThrownBy(admin::requireStructure);
        assertThatNoException().isThrownBy(subTeamLeader::requireStructure);
        assertThatNoException().isThrownBy(groupLeader::requireRoster);
        assertThatThrownBy(groupLeader::requireStructure).isInstanceOf(ForbiddenException.class)
                .hasMessage("not allowed: manage structure");
        assertThatThrownBy(of(Role.MEMBER, 9L, "/1/4/9/")::requireStructure).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(of(Role.REVIEWER, 1L, "/1/")::requireStructure).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAdminsManageAccounts() {
        assertThatNoException().isThrownBy(admin::requireAccounts);
        assertThatNoException().isThrownBy(countyAdmin::requireAccounts);
        assertThatThrownBy(subTeamLeader::requireAccounts).isInstanceOf(ForbiddenException.class)
                .hasMessage("not allowed: manage accounts");
    }
}
