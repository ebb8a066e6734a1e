package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One checklist item's result in an inspection: passed or not, its score when the item is scored, a note. */
@Entity
@Table(name = "supervision_result")
public class ItemResult extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private ChecklistItem item;

    private boolean passed;

    private Integer score;

    private String note;

    protected ItemResult() {
    }

    ItemResult(Inspection inspection, ChecklistItem item, boolean passed, Integer score, String note) {
        if (item.isScored()) {
            if (score == null) {
                throw new RuleViolation("results", "supervision.result.score.required", item.getName());
            }
            if (score < 0 || score > item.getMaxScore()) {
                throw new RuleViolation("results", "supervision.result.score.range", item.getName(),
                        item.getMaxScore());
            }
        } else {
            score = null;
        }
        this.inspection = inspection;
        this.item = item;
        this.passed = passed;
        this.score = score;
        this.note = note;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public boolean isPassed() {
        return passed;
    }

    public Integer getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }
}
