package cn.helituan.domain.account;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A secret an account's programs use for the data API instead of a password. The secret itself is never stored: only
 * its SHA-256 ({@link ApiTokenService#hash}) and its first characters (the hint). Revoking keeps the record.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 100)
    private String name;

    @HistoryIgnore
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String hint;

    @HistoryIgnore
    private Instant lastUsedAt;

    private Instant revokedAt;

    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    @Column(length = 64)
    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, String tokenHash, String hint) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
    }

    void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw RuleViolation.global("apiToken.revoked");
        }
        this.revokedAt = at;
        this.revokedBy = by;
    }


    public boolean isRevoked() {
        return revokedAt != null;
    }

    @Override
    public String label() {
        return name + " (" + hint + "…)";
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
