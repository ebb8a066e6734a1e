package cn.helituan.domain.account;

import static cn.helituan.domain.testing.Entities.team;
import static cn.helituan.domain.testing.Entities.unit;
import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NINE = Instant.parse("2025-03-03T01:00:00Z");

    private final Account account = new Account("wanglei", "{hash}old", "王磊");

    @Nested
    class SignIn {

        @Test
        void aSuccessfulSignInIsNotedAndAnOldLockEnds() {
            account.succeededLogin(NINE.plusSeconds(5));

            assertThat(account.getLastLoginAt()).isEqualTo(NINE.plusSeconds(5));
            assertThat(account.isLocked(NINE.plusSeconds(5))).isFalse();
        }

        @Test
        void anOrgAdminsPasswordExpiresAfterTheMaximumAgeFromItsLastChange() {
            account.assign(Role.ORG_ADMIN, null, null, null);
            account.changePassword("{hash}new", NINE);
            Duration ninetyDays = Duration.ofDays(90);

            assertThat(account.passwordExpired(NINE.plus(ninetyDays), ninetyDays)).isFalse();
            assertThat(account.passwordExpired(NINE.plus(ninetyDays).plusSeconds(1), ninetyDays)).isTrue();
            assertThat(account.passwordExpired(NINE.plus(Duration.ofDays(400)), Duration.ZERO))
                    .as("a maximum age of 0 means never").isFalse();
        }

        @Test
        void otherRolesPasswordsDoNotExpire() {
            account.assign(Role.SUB_TEAM_LEADER, unit(2, team(1, "岚皋县合力团"), UnitKind.SUB_TEAM, "城关镇服务团"),
                    null, null);
            account.changePassword("{hash}new", NINE);

            assertThat(account.passwordExpired(NINE.plus(Duration.ofDays(400)), Duration.ofDays(90))).isFalse();
        }
    }

    @Nested
    class Passwords {

        @Test
        void aNewAccountMustChangeItsPassword() {
            assertThat(account.isMustChangePassword()).isTrue();
            assertThat(account.isEnabled()).isTrue();
        }

        @Test
        void changingThePasswordLiftsTheObligation() {
            account.changePassword("{hash}new", NINE);

            assertThat(account.isMustChangePassword()).isFalse();
            assertThat(account.getPasswordHash()).isEqualTo("{hash}new");
            assertThat(account.getPasswordChangedAt()).isEqualTo(NINE);
        }

        @Test
        void aResetHandsOutATemporaryPasswordThatMustBeChanged() {
            account.changePassword("{hash}mine", NINE);

            account.resetPassword("{hash}temporary", NINE.plusSeconds(120));

            assertThat(account.isMustChangePassword()).isTrue();
            assertThat(account.getPasswordHash()).isEqualTo("{hash}temporary");
            assertThat(account.getPasswordChangedAt()).isEqualTo(NINE.plusSeconds(120));
            assertThat(account.isLocked(NINE.plusSeconds(120))).isFalse();
            assertThat(account.getFailedAttempts()).isZero();
        }
    }

    @Nested
    class Assign {

        private final Unit county = team(1, "岚皋县合力团");
        private final Unit town = unit(2, county, UnitKind.SUB_TEAM, "城关镇服务团");
        private final Unit group = unit(3, town, UnitKind.GROUP, "电商销售服务队");
        private final AssistedObject village = new AssistedObject(AssistedKind.VILLAGE, "东坪村", "610925-001");

        @Test
        void aFirstSecretaryIsScopedToAVillageAndNoUnit() {
            account.assign(Role.FIRST_SECRETARY, town, village, null);

            assertThat(account.getRole()).isEqualTo(Role.FIRST_SECRETARY);
            assertThat(account.getScopeObject()).isSameAs(village);
            assertThat(account.getScopeUnit()).isNull();
            assertViolation(() -> account.assign(Role.FIRST_SECRETARY, null, null, null), "scopeObjectId",
                    "account.scope.objectRequired");
        }

        @Test
        void anOrgAdminIsScopedToATeamOrTheWholeDeployment() {
            account.assign(Role.ORG_ADMIN, county, village, null);
            assertThat(account.getScopeUnit()).isSameAs(county);
            assertThat(account.getScopeObject()).isNull();

            account.assign(Role.ORG_ADMIN, null, null, null);
            assertThat(account.getScopeUnit()).isNull();

            assertViolation(() -> account.assign(Role.ORG_ADMIN, town, null, null), "scopeUnitId",
                    "account.scope.team");
        }

        @Test
        void aSubTeamLeaderIsScopedToASubTeam() {
            account.assign(Role.SUB_TEAM_LEADER, town, village, null);
            assertThat(account.getScopeUnit()).isSameAs(town);
            assertThat(account.getScopeObject()).isNull();

            assertViolation(() -> account.assign(Role.SUB_TEAM_LEADER, group, null, null), "scopeUnitId",
                    "account.scope.kind.SUB_TEAM");
            assertViolation(() -> account.assign(Role.SUB_TEAM_LEADER, null, null, null), "scopeUnitId",
                    "account.scope.unitRequired");
        }

        @Test
        void groupLeadersAndMembersAreScopedToAGroup() {
            account.assign(Role.GROUP_LEADER, group, null, null);
            assertThat(account.getScopeUnit()).isSameAs(group);
            account.assign(Role.MEMBER, group, null, null);
            assertThat(account.getRole()).isEqualTo(Role.MEMBER);

            assertViolation(() -> account.assign(Role.GROUP_LEADER, town, null, null), "scopeUnitId",
                    "account.scope.kind.GROUP");
            assertViolation(() -> account.assign(Role.MEMBER, county, null, null), "scopeUnitId",
                    "account.scope.kind.GROUP");
            assertViolation(() -> account.assign(Role.MEMBER, null, null, null), "scopeUnitId",
                    "account.scope.unitRequired");
        }

        @Test
        void aReviewerIsScopedToAnyUnit() {
            for (Unit unit : new Unit[] {county, town, group}) {
                account.assign(Role.REVIEWER, unit, null, null);
                assertThat(account.getScopeUnit()).isSameAs(unit);
            }
            assertViolation(() -> account.assign(Role.REVIEWER, null, null, null), "scopeUnitId",
                    "account.scope.unitRequired");
        }

        @Test
        void aRefusedAssignmentLeavesTheAccountAsItWas() {
            account.assign(Role.GROUP_LEADER, group, null, null);

            assertViolation(() -> account.assign(Role.SUB_TEAM_LEADER, group, null, null), "scopeUnitId",
                    "account.scope.kind.SUB_TEAM");

            assertThat(account.getRole()).isEqualTo(Role.GROUP_LEADER);
            assertThat(account.getScopeUnit()).isSameAs(group);
        }
    }
}
