package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandCategories;
import cn.helituan.domain.demand.DemandCategory;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.domain.demand.Demands;
import cn.helituan.domain.demand.Urgency;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 需求清单: an object's demand (by its code and the demand's title), raised by the organization department. The same
 * object and title is the same demand: unchanged when the row says the same, updated while nobody has taken it up,
 * a problem once it is accepted (it moves on its page then). The category is a live category's name.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DemandImporter implements SheetImporter {

    private final Demands demands;
    private final DemandCategories categories;
    private final AssistedObjects objects;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values v = run.values(line);
        if (v == null || !run.firstTime(line, "title", v.text("objectCode") + "|" + v.text("title"))) {
            return Outcome.PROBLEM;
        }
        boolean ok = true;
        AssistedObject object = objects.findByCodeIgnoreCase(v.text("objectCode")).filter(o -> !o.isArchived())
                .orElse(null);
        if (object == null) {
            run.problem(line, "objectCode", "import.relationship.objectUnknown", v.text("objectCode"));
            ok = false;
        }
        DemandCategory category = run.category(categories, v.text("category"));
        if (category == null) {
            run.problem(line, "category", "import.demand.categoryUnknown", v.text("category"));
            ok = false;
        }
        LocalDate wantedBy = v.get("wantedBy");
        if (wantedBy != null && wantedBy.isBefore(run.today)) {
            run.problem(line, "wantedBy", "demand.wantedBy.past", line.get("wantedBy"));
            ok = false;
        }
        if (!ok) {
            return Outcome.PROBLEM;
        }
        Urgency urgency = v.get("urgency") == null ? Urgency.NORMAL : v.get("urgency");
        String title = v.text("title");
        String description = v.text("description");
        List<Demand> existing = demands.findByObjectIdAndTitle(object.getId(), title);
        if (existing.isEmpty()) {
            demands.save(Demand.imported(object, category, title, description, urgency, wantedBy));
            return Outcome.CREATED;
        }
        Demand demand = existing.get(0);
        if (demand.getCategory().getId().equals(category.getId()) && demand.getUrgency() == urgency
                && Objects.equals(demand.getWantedBy(), wantedBy)
                && Objects.equals(SheetImporter.cleaned(demand.getDescription()), SheetImporter.blank(description))) {
            return Outcome.UNCHANGED;
        }
        if (demand.getStatus() != DemandStatus.RAISED) {
            run.problem(line, "title", "import.demand.taken", title);
            return Outcome.PROBLEM;
        }
        demand.revise(category, title, description, urgency, wantedBy);
        return Outcome.UPDATED;
    }
}
