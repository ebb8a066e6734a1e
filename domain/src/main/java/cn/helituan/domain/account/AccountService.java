package cn.helituan.domain.account;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: who may log in, with which role and scope; passwords, lock-out and first-login change. */
@Service
@RequiredArgsConstructor
public class AccountService {

    private final Accounts accounts;
    private final AccountScopes scopes;
    private final Units units;
    private final AssistedObjects objects;
    private final Members members;
    private final PasswordEncoder passwordEncoder;
    private final History history;
    private final Clock clock;
    private final PasswordHistory passwordHistory;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;

    /** How many of an account's passwords, its current one included, a new one may not repeat. */
    public static final int PASSWORDS_REMEMBERED = 5;

    /**
     * The scope of a signed-in account, read fresh so that moves and role changes apply at once: one statement,
     * without a transaction of its own ({@link AccountScopes}).
     */
    public Optional<Scope> scopeOf(String username) {
        return scopes.ofEnabled(username);
    }

    @Transactional(readOnly = true)
    public Optional<Account> forLogin(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }

    @Transactional(readOnly = true)
    public Page<Account> page(Scope scope, Pageable pageable) {
        scope.requireAccounts();
        return accounts.inScope(scope.pathFilter(), pageable);
    }

    /** Those of the named accounts in the admin's scope (the online sessions' page), by display name. */
    @Transactional(readOnly = true)
    public java.util.List<Account> visibleAmong(Scope scope, java.util.Collection<String> usernames) {
        scope.requireAccounts();
        if (usernames.isEmpty()) {
            return java.util.List.of();
        }
        return accounts.withScopesByUsernames(usernames).stream().filter(a -> visibleTo(scope, a))
                .sorted(java.util.Comparator.comparing(Account::getDisplayName).thenComparing(Account::getUsername))
                .toList();
    }

    @Transactional(readOnly = true)
    public Account get(Scope scope, long id) {
        scope.requireAccounts();
        return visible(scope, id);
    }

    @Transactional(readOnly = true)
    public java.util.List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(Account.class, id);
    }

    @Transactional
    public NewPassword create(Scope scope, AccountDetails details) {
        scope.requireAccounts();
        if (accounts.existsByUsernameIgnoreCase(details.username())) {
            throw new RuleViolation("username", "account.username.taken");
        }
        String temporary = PasswordPolicy.temporary();
        Account account = new Account(details.username(), passwordEncoder.encode(temporary), details.displayName());
        assign(scope, account, details);
        return new NewPassword(accounts.save(account), temporary);
    }

    @Transactional
    public Account update(Scope scope, long id, long version, AccountDetails details) {
        scope.requireAccounts();
        Account account = managed(scope, id);
        account.checkVersion(version);
        account.rename(details.displayName());
        assign(scope, account, details);
        return account;
    }

    @Transactional
    public NewPassword resetPassword(Scope scope, long id, long version) {
        scope.requireAccounts();
        Account account = managed(scope, id);
        account.checkVersion(version);
        String temporary = PasswordPolicy.temporary();
        Instant now = clock.instant();
        passwordHistory.add(account.getId(), account.getPasswordHash(), now);
        account.resetPassword(passwordEncoder.encode(temporary), now);
        throttle.succeeded(account.getUsername());
        credentialsReplaced(account, scope.username(), now);
        return new NewPassword(account, temporary);
    }

    @Transactional
    public Account setEnabled(Scope scope, long id, long version, boolean enabled) {
        scope.requireAccounts();
        Account account = managed(scope, id);
        account.checkVersion(version);
        if (account.getId().equals(scope.accountId()) && !enabled) {
            throw RuleViolation.global("account.disable.self");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        return account;
    }

    @Transactional
    public Account unlock(Scope scope, long id, long version) {
        scope.requireAccounts();
        Account account = managed(scope, id);
        account.checkVersion(version);
        account.unlock();
        throttle.succeeded(account.getUsername());
        return account;
    }

    /**
     * The signed-in user changes their own password: the current one must be right (a wrong one counts as a failed
     * sign-in, {@link LoginThrottle}), the new one keep {@link PasswordPolicy} and be none of the last
     * {@value #PASSWORDS_REMEMBERED}. The account's API tokens are revoked and its other sessions ended
     * ({@link CredentialsReplaced}).
     */
    @Transactional
    public void changeOwnPassword(String username, String current, String next) {
        Account account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException("account", username));
        if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throttle.failed(username);
            throw new RuleViolation("currentPassword", "password.current.wrong");
        }
        PasswordPolicy.check("newPassword", next, account.getUsername());
        if (passwordEncoder.matches(next, account.getPasswordHash()) || passwordHistory
                .recent(account.getId(), PASSWORDS_REMEMBERED - 1).stream()
                .anyMatch(old -> passwordEncoder.matches(next, old))) {
            throw new RuleViolation("newPassword", "password.reused", PASSWORDS_REMEMBERED);
        }
        Instant now = clock.instant();
        passwordHistory.add(account.getId(), account.getPasswordHash(), now);
        account.changePassword(passwordEncoder.encode(next), now);
        credentialsReplaced(account, username, now);
    }

    /** Whether the account must choose a new password now: told to (new or reset), or an org admin's has expired. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username, Duration maxAge) {
        return accounts.findByUsernameIgnoreCase(username)
                .map(a -> a.isMustChangePassword() || a.passwordExpired(clock.instant(), maxAge))
                .orElse(false);
    }

    /** The account's API tokens revoked now; its sessions are ended by whoever listens (the web's session registry). */
    private void credentialsReplaced(Account account, String by, Instant now) {
        tokens.findByAccount_IdOrderByIdDesc(account.getId()).stream()
                .filter(t -> !t.isRevoked())
                .forEach(t -> t.revoke(by, now));
        events.publishEvent(new CredentialsReplaced(account.getId(), account.getUsername()));
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(a -> a.succeededLogin(clock.instant()));
    }

    private void assign(Scope scope, Account account, AccountDetails details) {
        Unit unit = null;
        if (details.scopeUnitId() != null) {
            unit = units.findById(details.scopeUnitId())
                    .filter(u -> !u.isArchived() && scope.covers(u.getPath()))
                    .orElseThrow(() -> new NotFoundException("unit", details.scopeUnitId()));
        }
        if (details.role() == cn.helituan.domain.common.Role.AUDITOR) {
            throw new RuleViolation("role", "account.role.auditorSetUp");
        }
        if (unit == null && details.role() == cn.helituan.domain.common.Role.ORG_ADMIN && !scope.wholeDeployment()) {
            throw new RuleViolation("scopeUnitId", "account.scope.wider");
        }
        AssistedObject object = details.scopeObjectId() == null ? null
                : objects.findById(details.scopeObjectId()).filter(o -> !o.isArchived())
                .orElseThrow(() -> new RuleViolation("scopeObjectId", "account.scope.objectRequired"));
        Member member = details.memberId() == null ? null
                : members.findById(details.memberId())
                .orElseThrow(() -> new RuleViolation("memberId", "account.member.unknown"));
        account.assign(details.role(), unit, object, member);
    }

    /**
     * An account the org admin may change: not the security auditor's (三员分立: the auditor is set up on the server by
     * the operator, {@code HELITUAN_AUDITOR_PASSWORD}, so that whoever runs the system cannot make themselves one).
     */
    private Account managed(Scope scope, long id) {
        Account account = visible(scope, id);
        if (account.getRole() == cn.helituan.domain.common.Role.AUDITOR) {
            throw new RuleViolation("role", "account.role.auditorSetUp");
        }
        return account;
    }

    private Account visible(Scope scope, long id) {
        return accounts.findById(id).filter(a -> visibleTo(scope, a))
                .orElseThrow(() -> new NotFoundException("account", id));
    }

    private static boolean visibleTo(Scope scope, Account a) {
        return scope.wholeDeployment() || a.getScopeObject() != null
                || (a.getScopeUnit() != null && scope.covers(a.getScopeUnit().getPath()));
    }

    /** An account and the temporary password to hand over, shown once. */
    public record NewPassword(Account account, String password) {
    }
}
