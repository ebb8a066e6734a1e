package cn.helituan.domain.supervision;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Paging;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading supervision: the plans, inspections and findings lists, each record's page with its parts and history. */
@Service
@RequiredArgsConstructor
public class SupervisionReading {

    private final SupervisionPlans plans;
    private final Inspections inspections;
    private final ItemResults results;
    private final Presences presences;
    private final Findings findings;
    private final FindingPhotos photos;
    private final ChecklistItems items;
    private final SupervisionAccess access;
    private final History history;
    private final Clock clock;
    private final Units units;

    /** A plan's group and its inspections so far. */
    public record PlanUnit(Unit unit, List<Inspection> inspections) {
    }

    public record PlanPage(SupervisionPlan plan, Page<PlanUnit> units) {
    }

    public record InspectionPage(Inspection inspection, List<ItemResult> results, List<Presence> presences,
                                 List<Finding> findings) {
    }

    public record FindingPage(Finding finding, List<FindingPhoto> photos) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The plans the reader sees: an org admin's over units in their scope, an inspector's that name them. */
    @Transactional(readOnly = true)
    public Page<SupervisionPlan> plans(Scope scope, Pageable pageable) {
        if (scope.role() == Role.ORG_ADMIN) {
            return plans.search(scope.pathFilter(), null, pageable);
        }
        if (scope.role() == Role.INSPECTOR && scope.accountId() != null) {
            return plans.search(null, scope.accountId(), pageable);
        }
        return Page.empty(pageable);
    }

    /**
     * A plan's page: the plan, and one page of its groups (in the plan's order) with their inspections so far — a
     * province's plan names thousands of groups, so the page reads only the groups it shows and their inspections.
     */
    @Transactional(readOnly = true)
    public PlanPage plan(Scope scope, long id, Pageable pageable) {
        SupervisionPlan plan = readable(scope, id);
        List<Long> ids = plan.getUnitIds();
        List<Long> shown = Paging.slice(ids, pageable);
        List<PlanUnit> rows = new ArrayList<>();
        if (!shown.isEmpty()) {
            Map<Long, Unit> byId = plans.units(shown).stream()
                    .collect(Collectors.toMap(Unit::getId, Function.identity()));
            Map<Long, List<Inspection>> done = inspections.ofPlan(id, shown).stream()
                    .collect(Collectors.groupingBy(i -> i.getUnit().getId()));
            for (Long unitId : shown) {
                Unit unit = byId.get(unitId);
                if (unit != null) {
                    rows.add(new PlanUnit(unit, done.getOrDefault(unitId, List.of())));
                }
            }
        }
        plan.getChecklist().getNumber();
        if (plan.getScopeUnit() != null) {
            plan.getScopeUnit().getName();
        }
        return new PlanPage(plan, new PageImpl<>(rows, pageable, ids.size()));
    }

    /** One group the plan inspects (the inspection form's), or not found when the plan does not name it. */
    @Transactional(readOnly = true)
    public Unit planUnit(Scope scope, long planId, long unitId) {
        SupervisionPlan plan = readable(scope, planId);
        if (!plan.includes(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        return plans.units(List.of(unitId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private SupervisionPlan readable(Scope scope, long id) {
        SupervisionPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
        if (!access.readsPlan(scope, plan)) {
            throw new NotFoundException("plan", id);
        }
        return plan;
    }

    @Transactional(readOnly = true)
    public Page<Inspection> inspections(Scope scope, Long planId, Pageable pageable) {
        if (!scope.canReadRoster()) {
            return Page.empty(pageable);
        }
        return inspections.search(scope.pathFilter(), planId, pageable);
    }

    @Transactional(readOnly = true)
    public InspectionPage inspection(Scope scope, long id) {
        Inspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
        access.requireUnit(scope, inspection.getUnit(), "inspection", id);
        inspection.getPlan().getName();
        inspection.getChecklist().getNumber();
        return new InspectionPage(inspection, results.findByInspectionIdOrderByItemPosition(id),
                presences.findByInspectionIdOrderById(id), findings.ofInspection(id));
    }

    /** The checklist items of the inspection's version (the finding form's choice). */
    @Transactional(readOnly = true)
    public List<ChecklistItem> itemsOf(Scope scope, long inspectionId) {
        Inspection inspection = inspection(scope, inspectionId).inspection();
        return items.findByChecklistIdOrderByPosition(inspection.getChecklist().getId());
    }

    /** Findings in the scope; {@code overdue}: not closed and past their deadline today. */
    @Transactional(readOnly = true)
    public Page<Finding> findings(Scope scope, List<FindingStatus> statuses, boolean overdue, Pageable pageable) {
        return findings(scope, new FindingQuery(statuses, overdue, null, null, null), pageable);
    }

    /** Findings in the scope by the list's filters; a group outside the reader's scope is not found. */
    @Transactional(readOnly = true)
    public Page<Finding> findings(Scope scope, FindingQuery query, Pageable pageable) {
        if (!scope.canReadRoster()) {
            return Page.empty(pageable);
        }
        if (query.unitId() != null) {
            group(scope, query.unitId());
        }
        // an empty "status=" in the address binds as null: no state asked for
        return findings.search(scope.pathFilter(), query.statuses() == null ? List.of()
                        : query.statuses().stream().filter(java.util.Objects::nonNull).toList(),
                query.overdue() ? today() : null, query.unitId(),
                query.from() == null ? FindingQuery.EARLIEST : query.from(),
                query.to() == null ? FindingQuery.LATEST : query.to(), pageable);
    }

    /** How many findings in the scope are in one of the states: the list filtered so, counted alone. */
    @Transactional(readOnly = true)
    public long countFindings(Scope scope, List<FindingStatus> statuses) {
        return scope.canReadRoster() ? findings.countInStates(scope.pathFilter(), statuses) : 0;
    }

    /** How many findings in the scope are overdue today: the list's "overdue only", counted alone. */
    @Transactional(readOnly = true)
    public long countOverdue(Scope scope) {
        return scope.canReadRoster() ? findings.countOverdue(scope.pathFilter(), today()) : 0;
    }

    /** The group a findings list is filtered by, if the reader sees it. */
    @Transactional(readOnly = true)
    public Unit group(Scope scope, long unitId) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        access.requireUnit(scope, unit, "unit", unitId);
        return unit;
    }

    @Transactional(readOnly = true)
    public FindingPage finding(Scope scope, long id) {
        Finding finding = findings.findById(id).orElseThrow(() -> new NotFoundException("finding", id));
        access.requireUnit(scope, finding.getUnit(), "finding", id);
        finding.getInspection().getInspectedOn();
        if (finding.getItem() != null) {
            finding.getItem().getName();
        }
        if (finding.getMember() != null) {
            finding.getMember().getName();
        }
        return new FindingPage(finding, photos.findByFindingIdAndRemovedFalseOrderById(id));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> inspectionHistory(Scope scope, long id) {
        inspection(scope, id);
        return history.of(Inspection.class, id);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> findingHistory(Scope scope, long id) {
        finding(scope, id);
        return history.of(Finding.class, id);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> planHistory(Scope scope, long id) {
        readable(scope, id);
        return history.of(SupervisionPlan.class, id);
    }
}
