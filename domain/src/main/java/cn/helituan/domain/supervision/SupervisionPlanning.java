package cn.helituan.domain.supervision;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's side (org admins): the checklist in versions, and plans — their period (half a month by default:
 * the 1st–15th or the 16th–end), the groups (all under the scope unit, or a seeded random sample) and inspectors.
 */
@Service
@RequiredArgsConstructor
public class SupervisionPlanning {

    private final Checklists checklists;
    private final ChecklistItems items;
    private final SupervisionPlans plans;
    private final SupervisionAccess access;
    private final UnitService units;
    private final Accounts accounts;
    private final Clock clock;

    public record ItemLine(String name, ItemMethod method, Integer maxScore) {
    }

    public record PlanCommand(String name, Long scopeUnitId, LocalDate startsOn, LocalDate endsOn, Integer sampleSize,
                              Long seed, Set<Long> inspectorIds) {
    }

    /** The half month a day falls in: 1–15, or 16 to the month's end. */
    public static LocalDate[] halfMonthOf(LocalDate day) {
        return day.getDayOfMonth() <= 15
                ? new LocalDate[] {day.withDayOfMonth(1), day.withDayOfMonth(15)}
                : new LocalDate[] {day.withDayOfMonth(16), day.withDayOfMonth(day.lengthOfMonth())};
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Checklist current() {
        return checklists.findFirstByOrderByNumberDesc().orElseThrow(() -> new NotFoundException("checklist", 0));
    }

    @Transactional(readOnly = true)
    public List<ChecklistItem> itemsOf(long checklistId) {
        return items.findByChecklistIdOrderByPosition(checklistId);
    }

    /** A new version of the checklist (the whole deployment's org admin); the earlier ones stay as they were. */
    @Transactional
    public Checklist newVersion(Scope scope, String note, List<ItemLine> lines) {
        if (!scope.wholeDeployment()) {
            throw new ForbiddenException("checklist");
        }
        List<ItemLine> kept = lines.stream().filter(l -> l.name() != null && !l.name().isBlank()).toList();
        if (kept.isEmpty()) {
            throw new RuleViolation("items", "supervision.checklist.empty");
        }
        Checklist checklist = checklists.save(new Checklist(current().getNumber() + 1,
                note == null || note.isBlank() ? null : note.strip()));
        int position = 1;
        for (ItemLine line : kept) {
            items.save(new ChecklistItem(checklist, position++, line.name(), line.method(), line.maxScore()));
        }
        return checklist;
    }

    /** The inspectors an org admin may name: enabled INSPECTOR accounts scoped inside the admin's scope. */
    @Transactional(readOnly = true)
    public List<Account> inspectors(Scope scope) {
        if (!access.managesPlans(scope)) {
            return List.of();
        }
        return accounts.findByRoleAndEnabledTrueOrderByUsername(Role.INSPECTOR).stream()
                .filter(a -> a.getScopeUnit() != null && scope.covers(a.getScopeUnit().getPath())).toList();
    }

    @Transactional
    public SupervisionPlan create(Scope scope, PlanCommand command) {
        if (!access.managesPlans(scope)) {
            throw new ForbiddenException("supervision plan");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation("name", "supervision.plan.name.required");
        }
        Unit unit = null;
        if (command.scopeUnitId() != null) {
            try {
                unit = units.get(scope, command.scopeUnitId());
            } catch (NotFoundException e) {
                throw new RuleViolation("scopeUnitId", "supervision.unit.outOfScope");
            }
        } else if (!scope.wholeDeployment()) {
            throw new RuleViolation("scopeUnitId", "supervision.plan.scopeUnit.required");
        }
        Set<Long> chosen = command.inspectorIds() == null ? Set.of() : command.inspectorIds();
        List<Long> allowed = inspectors(scope).stream().map(Account::getId).toList();
        if (!allowed.containsAll(chosen)) {
            throw new RuleViolation("inspectorIds", "supervision.plan.inspector.outOfScope");
        }
        if (unit != null && !chosen.isEmpty()) {
            String path = unit.getPath();
            boolean reach = inspectors(scope).stream().filter(a -> chosen.contains(a.getId()))
                    .allMatch(a -> path.startsWith(a.getScopeUnit().getPath())
                            || a.getScopeUnit().getPath().startsWith(path));
            if (!reach) {
                throw new RuleViolation("inspectorIds", "supervision.plan.inspector.outOfScope");
            }
        }
        List<Long> candidates = plans.groupsUnder(unit == null ? "" : unit.getPath());
        return plans.save(new SupervisionPlan(command.name(), unit, command.startsOn(), command.endsOn(), current(),
                candidates, command.sampleSize(), command.seed(), chosen));
    }
}
