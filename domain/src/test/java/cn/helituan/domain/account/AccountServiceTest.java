package cn.helituan.domain.account;

import static cn.helituan.domain.testing.Entities.team;
import static cn.helituan.domain.testing.Entities.unit;
import static cn.helituan.domain.testing.Entities.withId;
import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
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
    private final PasswordHistory passwordHistory = mock(PasswordHistory.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final ApiTokens tokens = mock(ApiTokens.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final AccountService service = new AccountService(accounts, mock(AccountScopes.class), units, mock(AssistedObjects.class),
            mock(Members.class), ENCODER, mock(History.class), Clock.fixed(NOW, ZoneOffset.UTC), passwordHistory,
            throttle, tokens, events);

    private final Unit county = team(1, "岚皋县合力团");
    private final Unit otherCounty = team(2, "紫阳县合力团");
    private final Unit town = unit(4, county, UnitKind.SUB_TEAM, "城关镇服务团");
    private final Scope admin = new Scope(7L, "admin", Role.ORG_ADMIN, null, null, null, null);
    private final Scope countyAdmin = new Scope(8L, "county", Role.ORG_ADMIN, 1L, "/1/", null, null);

    private final Account wang = withId(new Account("wanglei", ENCODER.encode("Old-pass-2025"), "王磊"), 20);

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

        assertThat(PasswordPolicy.acceptable(created.password(), "lina")).isTrue();
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
    void aResetHandsOutANewTemporaryPasswordAndEndsTheOldCredentials() {
        ApiToken token = new ApiToken(wang, "报表", "hash-1", "hlt_ab");
        when(tokens.findByAccount_IdOrderByIdDesc(20L)).thenReturn(List.of(token));

        AccountService.NewPassword reset = service.resetPassword(admin, 20, 0);

        assertThat(wang.getPasswordHash()).isEqualTo("{test}" + reset.password());
        assertThat(wang.isMustChangePassword()).isTrue();
        assertThat(wang.getPasswordChangedAt()).isEqualTo(NOW);
        verify(passwordHistory).add(20L, "{test}Old-pass-2025", NOW);
        assertThat(token.isRevoked()).as("the account's API token").isTrue();
        verify(events).publishEvent(new CredentialsReplaced(20L, "wanglei"));
        verify(throttle).succeeded("wanglei");
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndAStrongOneNotUsedLately() {
        when(passwordHistory.recent(20L, 4)).thenReturn(List.of("{test}Older-pass-2024", "{test}Oldest-pass-2023"));

        assertViolation(() -> service.changeOwnPassword("wanglei", "wrong", "New-pass-2026"), "currentPassword",
                "password.current.wrong");
        verify(throttle).failed("wanglei");
        assertViolation(() -> service.changeOwnPassword("wanglei", "Old-pass-2025", "short1"), "newPassword",
                "password.tooShort");
        assertViolation(() -> service.changeOwnPassword("wanglei", "Old-pass-2025", "Wanglei-2026"), "newPassword",
                "password.containsUsername");
        assertViolation(() -> service.changeOwnPassword("wanglei", "Old-pass-2025", "Old-pass-2025"), "newPassword",
                "password.reused");
        assertViolation(() -> service.changeOwnPassword("wanglei", "Old-pass-2025", "Oldest-pass-2023"), "newPassword",
                "password.reused");
        verify(events, never()).publishEvent(any());

        service.changeOwnPassword("wanglei", "Old-pass-2025", "New-pass-2026");

        assertThat(wang.getPasswordHash()).isEqualTo("{test}New-pass-2026");
        assertThat(wang.isMustChangePassword()).isFalse();
        assertThat(wang.getPasswordChangedAt()).isEqualTo(NOW);
        verify(passwordHistory).add(20L, "{test}Old-pass-2025", NOW);
        verify(events).publishEvent(new CredentialsReplaced(20L, "wanglei"));
    }

    @Test
    void aSuccessfulSignInIsNoted() {
        service.recordSuccessfulLogin("wanglei");

        assertThat(wang.getLastLoginAt()).isEqualTo(NOW);
    }
}
