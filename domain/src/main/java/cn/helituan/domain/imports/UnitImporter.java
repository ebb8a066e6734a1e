package cn.helituan.domain.imports;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 组织架构: a unit by its path of names from the top ("示范县合力团/产业发展分团/茶产业合力小组"), so that a workbook
 * written by hand can say where each unit sits. The parent must exist (in scope) or come on an earlier row; a team
 * (no parent) only for a whole-deployment administrator. A known path gets its new local name, field and description.
 */
final class UnitImporter implements SheetImporter {

    private final Units units;

    UnitImporter(Units units) {
        this.units = units;
    }

    @Override
    public List<Outcome> batch(List<ImportLine> lines, ImportRun run) {
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            outcomes.add(line(line, run));
        }
        return outcomes;
    }

    private Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values values = run.values(line);
        if (values == null) {
            return Outcome.PROBLEM;
        }
        List<String> names = ImportRun.pathNames(values.text("path"));
        String path = String.join("/", names);
        if (names.isEmpty() || !run.firstTime(line, "path", path)) {
            return Outcome.PROBLEM;
        }
        UnitKind kind = values.get("kind");
        UnitDetails details = new UnitDetails(names.get(names.size() - 1), values.text("localName"),
                values.<UnitField>get("field"), values.text("description"));
        Map<String, UnitKey> known = run.units(units);
        UnitKey existing = known.get(path.toLowerCase());
        if (existing != null) {
            if (existing.kind() != kind) {
                run.problem(line, "kind", "import.unit.kindChanged", line.get("kind"));
                return Outcome.PROBLEM;
            }
            Unit unit = units.findById(existing.id()).orElseThrow();
            if (Objects.equals(blank(unit.getLocalName()), blank(details.localName()))
                    && unit.getField() == details.field()
                    && Objects.equals(blank(unit.getDescription()), blank(details.description()))) {
                return Outcome.UNCHANGED;
            }
            unit.apply(details);
            return Outcome.UPDATED;
        }
        Unit parent = null;
        if (names.size() > 1) {
            UnitKey parentKey = known.get(String.join("/", names.subList(0, names.size() - 1)).toLowerCase());
            if (parentKey == null) {
                run.problem(line, "path", "import.unit.parentUnknown", path);
                return Outcome.PROBLEM;
            }
            parent = units.findById(parentKey.id()).orElseThrow();
        } else if (!run.scope.wholeDeployment()) {
            run.problem(line, "path", "import.unit.outOfScope", path);
            return Outcome.PROBLEM;
        }
        try {
            Unit unit = units.save(new Unit(parent, kind, details));
            unit.placeInTree();
            known.put(path.toLowerCase(), new UnitKey(unit.getId(), parent == null ? null : parent.getId(),
                    unit.getName(), kind, unit.getPath()));
            return Outcome.CREATED;
        } catch (RuleViolation e) {
            run.problem(line, "kind", "import.unit.kindParent", line.get("kind"));
            return Outcome.PROBLEM;
        }
    }

    private static String blank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
