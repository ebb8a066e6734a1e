package cn.helituan.domain.assisted;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An industrial chain (重点产业链) enterprises belong to: each deployment keeps its own list (Baoji: 13). */
@Entity
@Table(name = "industrial_chain")
public class IndustrialChain extends AuditedEntity implements Labeled {

    private String name;

    private boolean archived;

    protected IndustrialChain() {
    }

    public IndustrialChain(String name) {
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
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

    public boolean isArchived() {
        return archived;
    }
}
