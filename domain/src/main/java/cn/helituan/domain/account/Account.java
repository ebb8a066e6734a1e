package cn.helituan.domain.account;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A log-in: a role and a scope (a unit, or an assisted object for first secretaries). Never deleted, only disabled. */
@Entity
@Table(name = "account")
public class Account extends AuditedEntity implements Labeled {

    private String username;

    @HistoryIgnore
    private String passwordHash;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_unit_id")
    private Unit scopeUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_object_id")
    private AssistedObject scopeObject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    private boolean mustChangePassword = true;

    @HistoryIgnore
    private int failedAttempts;

    @HistoryIgnore
    private Instant lockedUntil;

    private boolean enabled = true;

    private Instant passwordChangedAt;

    @HistoryIgnore
    private Instant lastLoginAt;

    /** The authenticator's secret (V70): set when enrolment starts, in use once {@link #totpConfirmedAt} is set. */
    @HistoryIgnore
    private String totpSecret;

    private Instant totpConfirmedAt;

    @HistoryIgnore
    private Long totpLastStep;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
    }

    /** Sets role and scope together, so that they always fit each other. */
    public void assign(Role role, Unit scopeUnit, AssistedObject scopeObject, Member member) {
        switch (role) {
            case FIRST_SECRETARY -> {
                if (scopeObject == null) {
                    throw new RuleViolation("scopeObjectId", "account.scope.objectRequired");
                }
                scopeUnit = null;
            }
            case ORG_ADMIN -> {
                if (scopeUnit != null && scopeUnit.getKind() != UnitKind.TEAM) {
                    throw new RuleViolation("scopeUnitId", "account.scope.team");
                }
                scopeObject = null;
            }
            case SUB_TEAM_LEADER -> requireUnit(scopeUnit, UnitKind.SUB_TEAM);
            case GROUP_LEADER, MEMBER -> requireUnit(scopeUnit, UnitKind.GROUP);
            case REVIEWER, INSPECTOR -> requireUnit(scopeUnit, null);
            case AUDITOR -> scopeUnit = null;
        }
        if (role != Role.FIRST_SECRETARY) {
            scopeObject = null;
        }
        this.role = role;
        this.scopeUnit = scopeUnit;
        this.scopeObject = scopeObject;
        this.member = member;
    }

    private static void requireUnit(Unit unit, UnitKind kind) {
        if (unit == null) {
            throw new RuleViolation("scopeUnitId", "account.scope.unitRequired");
        }
        if (kind != null && unit.getKind() != kind) {
            throw new RuleViolation("scopeUnitId", "account.scope.kind." + kind.name());
        }
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /**
     * An org admin's password older than the deployment's maximum age (zero: never) must be changed at sign-in; the
     * age runs from the last change, or from the account's creation.
     */
    public boolean passwordExpired(Instant now, Duration maxAge) {
        if (role != Role.ORG_ADMIN || maxAge == null || maxAge.isZero() || maxAge.isNegative()) {
            return false;
        }
        Instant since = passwordChangedAt != null ? passwordChangedAt : getCreatedAt();
        return since != null && since.plus(maxAge).isBefore(now);
    }

    /** A lock-out set before V54 (sign-in failures now ask for the image challenge instead, {@link LoginThrottle}). */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void succeededLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** An admin hands out a temporary password: it must be changed at the next login. */
    public void resetPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    /** For demo and imported accounts whose password was already agreed. */
    public void passwordAgreed() {
        this.mustChangePassword = false;
    }

    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** Enrolment starts (or starts again before it was confirmed) with a new secret. */
    public void startSecondFactor(String secret) {
        if (totpConfirmedAt != null) {
            throw new RuleViolation("code", "secondFactor.alreadyEnrolled");
        }
        this.totpSecret = secret;
        this.totpLastStep = null;
    }

    /** The first code from the authenticator confirms the enrolment; that step is used. */
    public void confirmSecondFactor(long step, Instant now) {
        if (totpSecret == null) {
            throw new RuleViolation("code", "secondFactor.notStarted");
        }
        this.totpConfirmedAt = now;
        this.totpLastStep = step;
    }

    /** A code used at sign-in: its step cannot be used again. */
    public void usedSecondFactorStep(long step) {
        this.totpLastStep = step;
    }

    /** The admin's reset (a lost phone): the next sign-in enrols again. */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    public boolean hasSecondFactor() {
        return totpConfirmedAt != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpConfirmedAt() {
        return totpConfirmedAt;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    @Override
    public String label() {
        return username;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Unit getScopeUnit() {
        return scopeUnit;
    }

    public AssistedObject getScopeObject() {
        return scopeObject;
    }

    public Member getMember() {
        return member;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
