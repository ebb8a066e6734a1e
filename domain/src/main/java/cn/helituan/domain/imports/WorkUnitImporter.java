package cn.helituan.domain.imports;

import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnits;
import java.util.ArrayList;
import java.util.List;

/** 派出单位: by name; a known name with another kind is updated. */
final class WorkUnitImporter implements SheetImporter {

    private final WorkUnits workUnits;

    WorkUnitImporter(WorkUnits workUnits) {
        this.workUnits = workUnits;
    }

    @Override
    public List<Outcome> batch(List<ImportLine> lines, ImportRun run) {
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            ImportRun.Values values = run.values(line);
            if (values == null || !run.firstTime(line, "name", line.get("name"))) {
                outcomes.add(Outcome.PROBLEM);
                continue;
            }
            String name = values.text("name");
            WorkUnitKind kind = values.get("kind");
            WorkUnit existing = workUnits.findByNameIgnoreCase(name).orElse(null);
            if (existing == null) {
                workUnits.save(new WorkUnit(name, kind));
                outcomes.add(Outcome.CREATED);
            } else if (existing.isArchived()) {
                run.problem(line, "name", "import.workUnit.archived", name);
                outcomes.add(Outcome.PROBLEM);
            } else if (existing.getKind() != kind) {
                existing.apply(existing.getName(), kind);
                outcomes.add(Outcome.UPDATED);
            } else {
                outcomes.add(Outcome.UNCHANGED);
            }
        }
        return outcomes;
    }
}
