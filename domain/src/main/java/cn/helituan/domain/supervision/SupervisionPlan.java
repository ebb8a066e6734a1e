package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An inspection plan: its period, the groups to inspect (every group under the scope unit, or a sample drawn from
 * {@code seed} over the {@code candidates} groups there — {@link Sample}), its inspectors and checklist version.
 * The units and inspectors are fixed when the plan is made.
 */
@Entity
@Table(name = "supervision_plan")
public class SupervisionPlan extends AuditedEntity implements Labeled {

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_unit_id")
    private Unit scopeUnit;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    private Checklist checklist;

    private Integer sampleSize;

    private Long seed;

    private int candidates;

    /** How many groups it inspects (the size of {@code unitIds}, for the lists). */
    private int groupCount;

    @ElementCollection
    @CollectionTable(name = "supervision_plan_unit", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id")
    private List<Long> unitIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "supervision_plan_inspector", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "account_id")
    private Set<Long> inspectorIds = new TreeSet<>();

    protected SupervisionPlan() {
    }

    /**
     * A plan over {@code candidateIds} (the live groups under the scope): all of them, or {@code sampleSize} drawn
     * from {@code seed}.
     */
    SupervisionPlan(String name, Unit scopeUnit, LocalDate startsOn, LocalDate endsOn, Checklist checklist,
                    List<Long> candidateIds, Integer sampleSize, Long seed, Set<Long> inspectorIds) {
        if (startsOn == null) {
            throw new RuleViolation("startsOn", "supervision.plan.startsOn.required");
        }
        if (endsOn == null || endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "supervision.plan.endsOn.beforeStart");
        }
        if (sampleSize != null && sampleSize <= 0) {
            throw new RuleViolation("sampleSize", "supervision.plan.sampleSize.positive");
        }
        if (sampleSize != null && seed == null) {
            throw new RuleViolation("seed", "supervision.plan.seed.required");
        }
        if (candidateIds.isEmpty()) {
            throw new RuleViolation("scopeUnitId", "supervision.plan.noGroups");
        }
        if (inspectorIds.isEmpty()) {
            throw new RuleViolation("inspectorIds", "supervision.plan.inspectors.required");
        }
        this.name = name.strip();
        this.scopeUnit = scopeUnit;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.checklist = checklist;
        this.candidates = candidateIds.size();
        this.sampleSize = sampleSize;
        this.seed = sampleSize == null ? null : seed;
        this.unitIds = new ArrayList<>(sampleSize == null ? candidateIds.stream().sorted().toList()
                : Sample.draw(seed, candidateIds, sampleSize));
        this.inspectorIds = new TreeSet<>(inspectorIds);
        this.groupCount = unitIds.size();
    }

    public int getGroupCount() {
        return groupCount;
    }

    @Override
    public String label() {
        return name;
    }

    public boolean isSampled() {
        return sampleSize != null;
    }

    public boolean names(long accountId) {
        return inspectorIds.contains(accountId);
    }

    public boolean includes(long unitId) {
        return unitIds.contains(unitId);
    }

    public String getName() {
        return name;
    }

    public Unit getScopeUnit() {
        return scopeUnit;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public Long getSeed() {
        return seed;
    }

    public int getCandidates() {
        return candidates;
    }

    public List<Long> getUnitIds() {
        return List.copyOf(unitIds);
    }

    public Set<Long> getInspectorIds() {
        return Set.copyOf(inspectorIds);
    }
}
