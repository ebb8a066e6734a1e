package cn.helituan.domain.contest;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A judge's sheet for a stop: the comment; the scores per criterion are {@link ContestScore}s. */
@Entity
@Table(name = "contest_sheet")
public class ContestSheet extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stop_id", nullable = false, updatable = false)
    private ContestStop stop;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "judge_id", nullable = false, updatable = false)
    private ContestJudge judge;
    @Column(length = 2000)
    private String comment;

    protected ContestSheet() {
    }

    ContestSheet(ContestStop stop, ContestJudge judge) {
        this.stop = stop;
        this.judge = judge;
    }

    void comment(String text) {
        this.comment = text;
    }

    @Override
    public String label() {
        return stop.getName() + " · " + judge.label();
    }

    public ContestStop getStop() {
        return stop;
    }

    public ContestJudge getJudge() {
        return judge;
    }

    public String getComment() {
        return comment;
    }
}
