package cn.helituan.domain.member;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A dispatching unit (派出单位/帮扶单位): the department, university, hospital or bank a member comes from. */
@Entity
@Table(name = "work_unit")
public class WorkUnit extends AuditedEntity implements Labeled {

    private String name;

    @Enumerated(EnumType.STRING)
    private WorkUnitKind kind;

    private boolean archived;

    protected WorkUnit() {
    }

    public WorkUnit(String name, WorkUnitKind kind) {
        apply(name, kind);
    }

    public void apply(String name, WorkUnitKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void archive() {
        this.archived = true;
    }

    @Override
    public String label() {
        return name;
    }

    public String getName() {
        return name;
    }

    public WorkUnitKind getKind() {
        return kind;
    }

    public boolean isArchived() {
        return archived;
    }
}
