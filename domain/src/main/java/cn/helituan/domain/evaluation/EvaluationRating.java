package cn.helituan.domain.evaluation;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A paired object's rating of a group's help (1–5) with a comment, given by the object's account until the deadline;
 * the group reads only the average.
 */
@Entity
@Table(name = "evaluation_rating")
public class EvaluationRating extends AuditedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "object_id", nullable = false, updatable = false)
    private AssistedObject object;

    @Column(nullable = false)
    private int rating;

    @Column(length = 1000)
    private String comment;

    protected EvaluationRating() {
    }

    EvaluationRating(Long roundId, Long entryId, AssistedObject object) {
        this.roundId = roundId;
        this.entryId = entryId;
        this.object = object;
    }

    void set(int rating, String comment) {
        this.rating = rating;
        this.comment = comment;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getEntryId() {
        return entryId;
    }

    public AssistedObject getObject() {
        return object;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }
}
