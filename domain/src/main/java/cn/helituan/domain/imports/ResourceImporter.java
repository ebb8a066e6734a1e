package cn.helituan.domain.imports;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.AidResources;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.DemandCategories;
import cn.helituan.domain.demand.DemandCategory;
import cn.helituan.domain.demand.ResourceDetails;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 资源清单: a resource of exactly one declarer — a group (its path of names, in scope), a work unit (its name) or a
 * member (their mobile) — by its title. The same declarer and title is the same resource: unchanged when the row says
 * the same, else updated (the rules of its form apply: no less capacity than projects take, a period in order).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ResourceImporter implements SheetImporter {

    private final AidResources resources;
    private final DemandCategories categories;
    private final Units units;
    private final WorkUnits workUnits;
    private final Members members;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values v = run.values(line);
        if (v == null) {
            return Outcome.PROBLEM;
        }
        String groupPath = v.text("group") == null ? null : String.join("/", ImportRun.pathNames(v.text("group")));
        String declarer = groupPath != null ? "g:" + groupPath : v.text("workUnit") != null ? "w:" + v.text("workUnit")
                : "m:" + v.text("memberMobile");
        if (!run.firstTime(line, "title", declarer + "|" + v.text("title"))) {
            return Outcome.PROBLEM;
        }
        int given = (groupPath != null ? 1 : 0) + (v.text("workUnit") != null ? 1 : 0)
                + (v.text("memberMobile") != null ? 1 : 0);
        if (given != 1) {
            run.problem(line, "group", "import.resource.declarer", null);
            return Outcome.PROBLEM;
        }
        DemandCategory category = run.category(categories, v.text("category"));
        if (category == null) {
            run.problem(line, "category", "import.demand.categoryUnknown", v.text("category"));
            return Outcome.PROBLEM;
        }
        Unit group = null;
        WorkUnit workUnit = null;
        Member member = null;
        if (groupPath != null) {
            UnitKey key = run.units(units).get(groupPath.toLowerCase());
            if (run.ambiguous(groupPath)) {
                run.problem(line, "group", "import.unit.ambiguous", v.text("group"));
                return Outcome.PROBLEM;
            }
            if (key == null || key.kind() != UnitKind.GROUP) {
                run.problem(line, "group", "import.relationship.groupUnknown", v.text("group"));
                return Outcome.PROBLEM;
            }
            group = units.findById(key.id()).orElseThrow();
        } else if (v.text("workUnit") != null) {
            workUnit = workUnits.findByNameIgnoreCase(v.text("workUnit")).filter(w -> !w.isArchived()).orElse(null);
            if (workUnit == null) {
                run.problem(line, "workUnit", "import.resource.workUnitUnknown", v.text("workUnit"));
                return Outcome.PROBLEM;
            }
        } else {
            member = members.findByMobile(v.text("memberMobile")).filter(m -> !m.isArchived()).orElse(null);
            if (member == null) {
                run.problem(line, "memberMobile", "import.resource.memberUnknown", v.text("memberMobile"));
                return Outcome.PROBLEM;
            }
        }
        String title = v.text("title");
        BigDecimal capacity = v.get("capacity");
        CapacityUnit unit = v.get("capacityUnit");
        LocalDate from = v.get("availableFrom");
        LocalDate to = v.get("availableTo");
        String description = v.text("description");
        ResourceDetails details = new ResourceDetails(category.getId(), title, description, capacity, unit, from, to,
                null, null, null);
        List<AidResource> existing = group != null ? resources.findByGroupIdAndTitle(group.getId(), title)
                : workUnit != null ? resources.findByWorkUnitIdAndTitle(workUnit.getId(), title)
                : resources.findByMemberIdAndTitle(member.getId(), title);
        AidResource resource = existing.isEmpty() ? new AidResource(group, member, workUnit) : existing.get(0);
        if (!existing.isEmpty() && resource.getCategory().getId().equals(category.getId())
                && resource.getCapacity().compareTo(capacity) == 0 && resource.getCapacityUnit() == unit
                && Objects.equals(resource.getAvailableFrom(), from) && Objects.equals(resource.getAvailableTo(), to)
                && Objects.equals(SheetImporter.cleaned(resource.getDescription()),
                SheetImporter.blank(description))) {
            return Outcome.UNCHANGED;
        }
        try {
            resource.describe(category, details);
        } catch (RuleViolation e) {
            run.problem(line, "capacity".equals(e.field()) ? "capacity" : "availableTo", e.messageKey(),
                    e.args().length > 0 ? String.valueOf(e.args()[0]) : null);
            return Outcome.PROBLEM;
        }
        if (existing.isEmpty()) {
            resources.save(resource);
            return Outcome.CREATED;
        }
        return Outcome.UPDATED;
    }
}
