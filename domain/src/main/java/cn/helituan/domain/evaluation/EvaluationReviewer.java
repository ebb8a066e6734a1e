package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A reviewer of a round; one taken off the round is kept, removed. */
@Entity
@Table(name = "evaluation_reviewer")
public class EvaluationReviewer extends AuditedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    private boolean removed;

    protected EvaluationReviewer() {
    }

    EvaluationReviewer(Long roundId, Account account) {
        this.roundId = roundId;
        this.account = account;
    }

    void setRemoved(boolean removed) {
        this.removed = removed;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Account getAccount() {
        return account;
    }

    public boolean isRemoved() {
        return removed;
    }
}
