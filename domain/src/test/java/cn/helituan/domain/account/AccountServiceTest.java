package cn.helituan.domain.account;

import static cn.helituan.domain.testing.Entities.team;
import static cn.helituan.domain.testing.Entities.unit;
import static cn.helituan.domain.testing.Entities.withId;
import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

    /** Readable instead of slow: the "hash" is the password behind a marker. */
    private static final PasswordEncoder ENCODER = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "{test}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    };

    private final Accounts accounts = mock(Accounts.class);
    private final Units units = mock(Units.class);
    private final AccountService service = new AccountService(accounts, units, mock(AssistedObjects.class),
            mock(Members.class), ENCODER, mock(History.class), Clock.fixed(NOW, ZoneOffset.UTC));

    private final Unit county = team(1, "岚皋县合力团");
    private final Unit otherCounty = team(2, "紫阳县合力团");
    private final Unit town = unit(4, county, UnitKind.SUB_TEAM, "城关镇服务团");
    private final Scope admin = new Scope(7L, "admin", Role.ORG_ADMIN, null, null, null, null);
    private final Scope countyAdmin = new Scope(8L, "county", Role.ORG_ADMIN, 1L, "/1/", null, null);

    private final Account wang = withId(new Account("wanglei", ENCODER.encode("Old12345"), "王磊"), 20);

    @BeforeEach
    void store() {
        for (Unit unit : List.of(county, otherCounty, town)) {
            when(units.findById(unit.getId())).thenReturn(Optional.of(unit));
        }
        when(accounts.save(any(Account.class))).thenAnswer(call -> call.getArgument(0));
        when(accounts.findByUsernameIgnoreCase("wanglei")).thenReturn(Optional.of(wang));
        when(accounts.findById(20L)).thenReturn(Optional.of(wang));
        wang.assign(Role.SUB_TEAM_LEADER, town, null, null);
    }

    @Test
    void aNewAccountGetsATemporaryPasswordToChangeAtFirstLogin() {
        AccountService.NewPassword created = service.create(countyAdmin,
                new AccountDetails("lina", "李娜", Role.SUB_TEAM_LEADER, 4L, null, null));

        assertThat(PasswordPolicy.acceptable(created.password())).isTrue();
        assertThat(created.account().getPasswordHash()).isEqualTo("{test}" + created.password());
        assertThat(created.account().isMustChangePassword()).isTrue();
        assertThat(created.account().getScopeUnit()).isSameAs(town);
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        when(accounts.existsByUsernameIgnoreCase("WangLei")).thenReturn(true);

        assertViolation(() -> service.create(admin, new AccountDetails("WangLei", "王磊", Role.SUB_TEAM_LEADER, 4L,
                null, null)), "username", "account.username.taken");
    }

    @Test
    void anAdminCannotGrantMoreThanTheyHave() {
        assertViolation(() -> service.create(countyAdmin, new AccountDetails("boss", "全省管理员", Role.ORG_ADMIN,
                null, null, null)), "scopeUnitId", "account.scope.wider");
        // A unit outside the admin's own scope does not exist for them, as everywhere else.
        assertThatThrownBy(() -> service.create(countyAdmin, new AccountDetails("zy", "紫阳管理员", Role.ORG_ADMIN,
                2L, null, null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAdminsManageAccountsAndOnlyInTheirScope() {
        Scope subTeamLeader = new Scope(9L, "subteam", Role.SUB_TEAM_LEADER, 4L, "/1/4/", null, null);
        Scope otherAdmin = new Scope(10L, "zy", Role.ORG_ADMIN, 2L, "/2/", null, null);

        assertThatThrownBy(() -> service.get(subTeamLeader, 20)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.get(otherAdmin, 20)).isInstanceOf(NotFoundException.class);
        assertThat(service.get(countyAdmin, 20)).isSameAs(wang);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        Scope self = new Scope(20L, "wanglei", Role.ORG_ADMIN, null, null, null, null);

        assertViolation(() -> service.setEnabled(self, 20, 0, false), null, "account.disable.self");
        assertThat(wang.isEnabled()).isTrue();
    }

    @Test
    void aResetHandsOutANewTemporaryPassword() {
        AccountService.NewPassword reset = service.resetPassword(admin, 20, 0);

        assertThat(wang.getPasswordHash()).isEqualTo("{test}" + reset.password());
        assertThat(wang.isMustChangePassword()).isTrue();
        assertThat(wang.getPasswordChangedAt()).isEqualTo(NOW);
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndAStrongDifferentOne() {
        assertViolation(() -> service.changeOwnPassword("wanglei", "wrong", "New12345"), "currentPassword",
                "password.current.wrong");
        assertViolation(() -> service.changeOwnPassword("wanglei", "Old12345", "short1"), "newPassword",
                "password.weak");
        assertViolation(() -> service.changeOwnPassword("wanglei", "Old12345", "Old12345"), "newPassword",
                "password.same");

        service.changeOwnPassword("wanglei", "Old12345", "New12345");

        assertThat(wang.getPasswordHash()).isEqualTo("{test}New12345");
        assertThat(wang.isMustChangePassword()).isFalse();
        assertThat(wang.getPasswordChangedAt()).isEqualTo(NOW);
    }

    @Test
    void fiveFailedLoginsLockTheAccountFromTheClock() {
        for (int i = 0; i < 5; i++) {
            service.recordFailedLogin("wanglei");
        }

        assertThat(wang.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        service.recordSuccessfulLogin("wanglei");
        assertThat(wang.isLocked(NOW)).isFalse();
        assertThat(wang.getLastLoginAt()).isEqualTo(NOW);
    }
}
