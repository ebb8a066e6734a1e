package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 帮扶关系: a group (by its path of names, in scope) paired with an object (by code) for a term of one to two years,
 * with a focus and an agreement. The same group, object and first day is the same term: unchanged when the row says
 * the same, a problem when it says otherwise (a term is ended or renewed on its page, never rewritten). A second
 * active term of the same pair is refused as on the form.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class RelationshipImporter implements SheetImporter {

    private final Relationships relationships;
    private final AssistedObjects objects;
    private final Units units;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values v = run.values(line);
        if (v == null) {
            return Outcome.PROBLEM;
        }
        String path = String.join("/", ImportRun.pathNames(v.text("group")));
        LocalDate startsOn = v.get("startsOn");
        if (!run.firstTime(line, "group", path + "|" + v.text("objectCode") + "|" + startsOn)) {
            return Outcome.PROBLEM;
        }
        boolean ok = true;
        UnitKey group = run.units(units).get(path.toLowerCase());
        if (run.ambiguous(path)) {
            run.problem(line, "group", "import.unit.ambiguous", v.text("group"));
            ok = false;
        } else if (group == null || group.kind() != UnitKind.GROUP) {
            run.problem(line, "group", "import.relationship.groupUnknown", v.text("group"));
            ok = false;
        }
        AssistedObject object = objects.findByCodeIgnoreCase(v.text("objectCode")).filter(o -> !o.isArchived())
                .orElse(null);
        if (object == null) {
            run.problem(line, "objectCode", "import.relationship.objectUnknown", v.text("objectCode"));
            ok = false;
        }
        if (!ok) {
            return Outcome.PROBLEM;
        }
        LocalDate endsOn = v.get("endsOn");
        AssistanceFocus focus = v.get("focus");
        String agreement = v.text("agreement");
        // (a term ended on its first day may have been followed by another from the same day: any that fits will do)
        List<Relationship> existing = relationships.findByGroupIdAndObjectIdAndStartsOn(group.id(), object.getId(),
                startsOn);
        if (!existing.isEmpty()) {
            if (existing.stream().anyMatch(r -> r.getEndsOn().equals(endsOn) && r.getFocus() == focus
                    && Objects.equals(SheetImporter.cleaned(r.getAgreement()), SheetImporter.blank(agreement)))) {
                return Outcome.UNCHANGED;
            }
            run.problem(line, "endsOn", "import.relationship.changed", startsOn.toString());
            return Outcome.PROBLEM;
        }
        Unit unit = units.findById(group.id()).orElseThrow();
        Relationship relationship;
        try {
            relationship = new Relationship(unit, object, startsOn, endsOn, focus, agreement);
        } catch (RuleViolation e) {
            run.problem(line, "endsOn", e.messageKey(), line.get("endsOn"));
            return Outcome.PROBLEM;
        }
        if (relationships.existsActive(group.id(), object.getId())) {
            run.problem(line, "objectCode", "import.relationship.active", v.text("objectCode"));
            return Outcome.PROBLEM;
        }
        relationships.save(relationship);
        return Outcome.CREATED;
    }
}
