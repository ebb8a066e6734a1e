package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item of a checklist version: what is checked, by which method, scored out of {@code maxScore} or pass/fail. */
@Entity
@Table(name = "supervision_item")
public class ChecklistItem extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    private Checklist checklist;

    private int position;

    private String name;

    @Enumerated(EnumType.STRING)
    private ItemMethod method;

    /** Null: pass or fail. */
    private Integer maxScore;

    protected ChecklistItem() {
    }

    ChecklistItem(Checklist checklist, int position, String name, ItemMethod method, Integer maxScore) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("items", "supervision.item.name.required");
        }
        if (method == null) {
            throw new RuleViolation("items", "supervision.item.method.required");
        }
        if (maxScore != null && maxScore <= 0) {
            throw new RuleViolation("items", "supervision.item.maxScore");
        }
        this.checklist = checklist;
        this.position = position;
        this.name = name.strip();
        this.method = method;
        this.maxScore = maxScore;
    }

    @Override
    public String label() {
        return name;
    }

    public boolean isScored() {
        return maxScore != null;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public ItemMethod getMethod() {
        return method;
    }

    public Integer getMaxScore() {
        return maxScore;
    }
}
