package cn.helituan.domain.imports;

import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnits;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** 派出单位: by name; a known name with another kind is updated. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class WorkUnitImporter implements SheetImporter {

    private final WorkUnits workUnits;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values values = run.values(line);
        if (values == null || !run.firstTime(line, "name", line.get("name"))) {
            return Outcome.PROBLEM;
        }
        String name = values.text("name");
        WorkUnitKind kind = values.get("kind");
        WorkUnit existing = workUnits.findByNameIgnoreCase(name).orElse(null);
        if (existing == null) {
            workUnits.save(new WorkUnit(name, kind));
            return Outcome.CREATED;
        } else if (existing.isArchived()) {
            run.problem(line, "name", "import.workUnit.archived", name);
            return Outcome.PROBLEM;
        } else if (existing.getKind() != kind) {
            existing.apply(existing.getName(), kind);
            return Outcome.UPDATED;
        } else {
            return Outcome.UNCHANGED;
        }
    }
}
