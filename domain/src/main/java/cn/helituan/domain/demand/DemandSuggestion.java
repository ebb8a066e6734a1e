package cn.helituan.domain.demand;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A suggestion that was on screen when a demand was matched, as it ranked then, and whether the organization
 * department took it: the record of the choice ("the choice is recorded").
 */
@Entity
@Table(name = "demand_suggestion")
public class DemandSuggestion extends AuditedEntity implements Labeled {

    /** What a suggestion proposes: a resource, or a group to own the project. */
    public enum Kind { RESOURCE, GROUP }

    /** Whether the organization department took the suggestion. */
    public enum Decision { ACCEPTED, IGNORED }

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "demand_id")
    private Demand demand;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long targetId;
    private int score;
    private int rank;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    /** The reasons as shown, "key:points:count;…" (the page labels them again). */
    private String reasons;

    protected DemandSuggestion() {
    }

    DemandSuggestion(Demand demand, Kind kind, long targetId, int score, int rank, Decision decision,
                     String reasons) {
        this.demand = demand;
        this.kind = kind;
        this.targetId = targetId;
        this.score = score;
        this.rank = rank;
        this.decision = decision;
        this.reasons = reasons;
    }

    @Override
    public String label() {
        return kind + " " + targetId;
    }

    public Demand getDemand() {
        return demand;
    }

    public Kind getKind() {
        return kind;
    }

    public long getTargetId() {
        return targetId;
    }

    public int getScore() {
        return score;
    }

    public int getRank() {
        return rank;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReasons() {
        return reasons;
    }

    /** The reasons as they were shown. */
    public java.util.List<Suggestion.Reason> reasonList() {
        return java.util.Arrays.stream(reasons.split(";")).map(r -> r.split(":")).filter(r -> r.length == 3)
                .map(r -> new Suggestion.Reason(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]))).toList();
    }
}
