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
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 组织架构: a unit by its path of names from the top ("示范县合力团/产业发展分团/茶产业合力小组"), so that a workbook
 * written by hand can say where each unit sits. The parent must exist (in scope) or come on an earlier row; a team
 * (no parent) only for a whole-deployment administrator. A known path gets its new local name, field and description.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class UnitImporter implements SheetImporter {

    /** unit.name is varchar(100). */
    private static final int NAME_LENGTH = 100;

    private final Units units;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values values = run.values(line);
        if (values == null) {
            return Outcome.PROBLEM;
        }
        List<String> names = ImportRun.pathNames(values.text("path"));
        String path = String.join("/", names);
        if (names.isEmpty()) {
            run.problem(line, "path", "import.cell.required", null);
            return Outcome.PROBLEM;
        }
        if (names.stream().anyMatch(name -> name.codePointCount(0, name.length()) > NAME_LENGTH)) {
            run.problem(line, "path", "import.unit.nameTooLong", line.get("path"));
            return Outcome.PROBLEM;
        }
        if (!run.firstTime(line, "path", path)) {
            return Outcome.PROBLEM;
        }
        Map<String, UnitKey> known = run.units(units);
        if (run.ambiguous(path) || names.size() > 1
                && run.ambiguous(String.join("/", names.subList(0, names.size() - 1)))) {
            run.problem(line, "path", "import.unit.ambiguous", path);
            return Outcome.PROBLEM;
        }
        UnitKind kind = values.get("kind");
        UnitDetails details = new UnitDetails(names.get(names.size() - 1), values.text("localName"),
                values.<UnitField>get("field"), values.text("description"));
        UnitKey existing = known.get(path.toLowerCase());
        if (existing != null) {
            if (existing.kind() != kind) {
                run.problem(line, "kind", "import.unit.kindChanged", line.get("kind"));
                return Outcome.PROBLEM;
            }
            Unit unit = units.findById(existing.id()).orElseThrow();
            details = new UnitDetails(details.name(),
                    line.has("localName") ? details.localName() : unit.getLocalName(), details.field(),
                    line.has("description") ? details.description() : unit.getDescription());
            if (Objects.equals(SheetImporter.cleaned(unit.getLocalName()), SheetImporter.blank(details.localName()))
                    && unit.getField() == details.field()
                    && Objects.equals(SheetImporter.cleaned(unit.getDescription()),
                    SheetImporter.blank(details.description()))) {
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
}
