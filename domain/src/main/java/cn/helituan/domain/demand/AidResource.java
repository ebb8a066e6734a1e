package cn.helituan.domain.demand;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A resource (资源) somebody can bring: declared by a member, a group or a work unit (exactly one), with a capacity in
 * its unit and the period it is available. Projects take parts of it ({@link #allocated}); what is left is what the
 * matching suggestions offer. Archived, never deleted.
 */
@Entity
@Table(name = "resource")
public class AidResource extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private DemandCategory category;

    private String title;
    private String description;
    private BigDecimal capacity;

    @Enumerated(EnumType.STRING)
    private CapacityUnit capacityUnit;

    private BigDecimal allocated = BigDecimal.ZERO;
    private LocalDate availableFrom;
    private LocalDate availableTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private Unit group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_unit_id")
    private WorkUnit workUnit;

    private boolean archived;

    protected AidResource() {
    }

    /** A resource of one declarer (the others null); {@link #describe} gives it its content. */
    public AidResource(Unit group, Member member, WorkUnit workUnit) {
        this.group = group;
        this.member = member;
        this.workUnit = workUnit;
    }

    /** Its content, checked: a positive capacity no less than projects take, a period in order. */
    public void describe(DemandCategory category, ResourceDetails details) {
        if (details.capacity() == null || details.capacity().signum() <= 0) {
            throw new RuleViolation("capacity", "resource.capacity.positive");
        }
        if (details.capacity().compareTo(allocated) < 0) {
            throw new RuleViolation("capacity", "resource.capacity.belowAllocated", allocated);
        }
        if (details.availableFrom() != null && details.availableTo() != null
                && details.availableTo().isBefore(details.availableFrom())) {
            throw new RuleViolation("availableTo", "resource.period.order");
        }
        this.category = category;
        this.title = details.title();
        this.description = details.description();
        this.capacity = details.capacity();
        this.capacityUnit = details.capacityUnit();
        this.availableFrom = details.availableFrom();
        this.availableTo = details.availableTo();
    }

    /** A project takes {@code amount} of what is left. */
    void allocate(BigDecimal amount) {
        if (archived) {
            throw new RuleViolation("resources", "resource.archived", title);
        }
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolation("resources", "resource.amount.positive", title);
        }
        if (amount.compareTo(remaining()) > 0) {
            throw new RuleViolation("resources", "resource.amount.tooMuch", title, remaining());
        }
        allocated = allocated.add(amount);
    }

    void archive() {
        archived = true;
    }

    void restore() {
        archived = false;
    }

    public BigDecimal remaining() {
        return capacity.subtract(allocated);
    }

    /** Who declared it: the member's, the group's or the work unit's name. */
    public String declaredBy() {
        return member != null ? member.getName() : group != null ? group.getName() : workUnit.getName();
    }

    @Override
    public String label() {
        return title;
    }

    public DemandCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getCapacity() {
        return capacity;
    }

    public CapacityUnit getCapacityUnit() {
        return capacityUnit;
    }

    public BigDecimal getAllocated() {
        return allocated;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getAvailableTo() {
        return availableTo;
    }

    public Unit getGroup() {
        return group;
    }

    public Member getMember() {
        return member;
    }

    public WorkUnit getWorkUnit() {
        return workUnit;
    }

    public boolean isArchived() {
        return archived;
    }
}
