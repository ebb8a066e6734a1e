package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A version of the department's checklist; its items are {@link ChecklistItem}s. A change writes a new version. */
@Entity
@Table(name = "supervision_checklist")
public class Checklist extends AuditedEntity implements Labeled {

    private int number;

    private String note;

    protected Checklist() {
    }

    Checklist(int number, String note) {
        this.number = number;
        this.note = note;
    }

    @Override
    public String label() {
        return "v" + number;
    }

    public int getNumber() {
        return number;
    }

    public String getNote() {
        return note;
    }
}
