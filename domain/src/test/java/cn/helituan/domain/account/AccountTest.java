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
    class LockOut {

        @Test
        void fourWrongPasswordsDoNotLock() {
            failTimes(4, NINE);

            assertThat(account.isLocked(NINE)).isFalse();
            assertThat(account.getFailedAttempts()).isEqualTo(4);
        }

        @Test
        void theFifthWrongPasswordLocksForFifteenMinutes() {
            failTimes(5, NINE);

            assertThat(account.getLockedUntil()).isEqualTo(NINE.plus(Duration.ofMinutes(15)));
            assertThat(account.isLocked(NINE)).isTrue();
            assertThat(account.isLocked(NINE.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();
            assertThat(account.isLocked(NINE.plus(Duration.ofMinutes(15)))).isFalse();
        }

        @Test
        void wrongPasswordsDuringTheLockDoNotProlongIt() {
            failTimes(5, NINE);
            failTimes(5, NINE.plus(Duration.ofMinutes(10)));

            assertThat(account.getLockedUntil()).isEqualTo(NINE.plus(Duration.ofMinutes(15)));
            assertThat(account.isLocked(NINE.plus(Duration.ofMinutes(16)))).isFalse();
        }

        @Test
        void afterTheLockFiveMoreWrongPasswordsAreNeeded() {
            failTimes(5, NINE);
            Instant later = NINE.plus(Duration.ofMinutes(20));

            failTimes(4, later);
            assertThat(account.isLocked(later)).isFalse();
            account.failedLogin(later);
            assertThat(account.isLocked(later)).isTrue();
        }

        @Test
        void aSuccessfulLoginResetsTheCount() {
            failTimes(4, NINE);
            account.succeededLogin(NINE.plusSeconds(5));
            failTimes(4, NINE.plusSeconds(10));

            assertThat(account.isLocked(NINE.plusSeconds(10))).isFalse();
            assertThat(account.getFailedAttempts()).isEqualTo(4);
            assertThat(account.getLastLoginAt()).isEqualTo(NINE.plusSeconds(5));
        }

        @Test
        void anAdminCanUnlock() {
            failTimes(5, NINE);

            account.unlock();

            assertThat(account.isLocked(NINE)).isFalse();
            assertThat(account.getFailedAttempts()).isZero();
        }

        private void failTimes(int times, Instant at) {
            for (int i = 0; i < times; i++) {
                account.failedLogin(at);
            }
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
        void aResetHandsOutATemporaryPasswordThatMustBeChangedAndUnlocks() {
            account.changePassword("{hash}mine", NINE);
            for (int i = 0; i < 5; i++) {
                account.failedLogin(NINE.plusSeconds(60));
            }

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
