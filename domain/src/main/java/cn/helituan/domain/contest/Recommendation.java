package cn.helituan.domain.contest;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A town's recommendation of a village secretary for the year (from a presenter of its published town contests),
 * and the county's selection of them as the year's 担当作为好支书.
 */
@Entity
@Table(name = "contest_recommendation")
public class Recommendation extends AuditedEntity implements Labeled {

    @Column(nullable = false, updatable = false)
    private int year;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_id", nullable = false, updatable = false)
    private ContestPresenter presenter;
    @Column(length = 1000)
    private String reason;
    private boolean withdrawn;
    private boolean selected;
    private Instant selectedAt;
    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    @Column(length = 64)
    private String selectedBy;

    protected Recommendation() {
    }

    Recommendation(int year, Unit unit, ContestPresenter presenter, String reason) {
        this.year = year;
        this.unit = unit;
        this.member = presenter.getMember();
        this.presenter = presenter;
        this.reason = reason;
    }

    void withdraw() {
        if (selected) {
            throw RuleViolation.global("contest.recommend.selected");
        }
        withdrawn = true;
    }

    void select(String by, Instant at) {
        if (withdrawn) {
            throw RuleViolation.global("contest.recommend.withdrawn");
        }
        if (selected) {
            throw RuleViolation.global("contest.select.already");
        }
        selected = true;
        selectedBy = by;
        selectedAt = at;
    }

    @Override
    public String label() {
        return year + " " + member.getName();
    }

    public int getYear() {
        return year;
    }

    public Unit getUnit() {
        return unit;
    }

    public Member getMember() {
        return member;
    }

    public ContestPresenter getPresenter() {
        return presenter;
    }

    public String getReason() {
        return reason;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public boolean isSelected() {
        return selected;
    }

    public Instant getSelectedAt() {
        return selectedAt;
    }

    public String getSelectedBy() {
        return selectedBy;
    }
}
