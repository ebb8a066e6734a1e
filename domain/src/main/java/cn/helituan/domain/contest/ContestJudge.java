package cn.helituan.domain.contest;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An account named to score a round's stops. */
@Entity
@Table(name = "contest_judge")
public class ContestJudge extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private ContestRound round;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    protected ContestJudge() {
    }

    ContestJudge(ContestRound round, Account account) {
        this.round = round;
        this.account = account;
    }

    @Override
    public String label() {
        return account.getUsername();
    }

    public ContestRound getRound() {
        return round;
    }

    public Account getAccount() {
        return account;
    }
}
