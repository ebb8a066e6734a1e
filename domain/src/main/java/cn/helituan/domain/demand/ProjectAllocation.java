package cn.helituan.domain.demand;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of a resource a project takes. */
@Entity
@Table(name = "project_resource")
public class ProjectAllocation extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    private AidResource resource;

    private BigDecimal amount;

    protected ProjectAllocation() {
    }

    ProjectAllocation(Project project, AidResource resource, BigDecimal amount) {
        this.project = project;
        this.resource = resource;
        this.amount = amount;
    }

    @Override
    public String label() {
        return resource.getTitle();
    }

    public Project getProject() {
        return project;
    }

    public AidResource getResource() {
        return resource;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
