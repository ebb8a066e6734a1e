package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.common.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 行政区划: by code; a county has no parent, a town sits under a county and a village or community under a town, by
 * the parent's code (in the database or on an earlier row). A known code gets its new name; it cannot move.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class RegionImporter implements SheetImporter {

    private final Regions regions;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values values = run.values(line);
        if (values == null || !run.firstTime(line, "code", line.get("code"))) {
            return Outcome.PROBLEM;
        }
        String code = values.text("code");
        String name = values.text("name");
        RegionLevel level = values.get("level");
        String parentCode = values.text("parentCode");
        Region parent = null;
        if (parentCode != null) {
            parent = regions.findByCodeIgnoreCase(parentCode).filter(r -> !r.isArchived()).orElse(null);
            if (parent == null) {
                run.problem(line, "parentCode", "import.region.parentUnknown", parentCode);
                return Outcome.PROBLEM;
            }
        }
        Region existing = regions.findByCodeIgnoreCase(code).orElse(null);
        if (existing != null) {
            if (existing.isArchived()) {
                run.problem(line, "code", "import.region.archived", code);
                return Outcome.PROBLEM;
            }
            if (existing.getLevel() != level || !Objects.equals(existing.getParentId(),
                    parent == null ? null : parent.getId())) {
                run.problem(line, "parentCode", "import.region.moved", code);
                return Outcome.PROBLEM;
            }
            if (existing.getName().equals(name)) {
                return Outcome.UNCHANGED;
            }
            existing.apply(name, existing.getCode());
            return Outcome.UPDATED;
        }
        try {
            Region region = regions.save(new Region(parent, level, name, code));
            region.placeInTree();
            return Outcome.CREATED;
        } catch (RuleViolation e) {
            run.problem(line, "parentCode", "import.region.parentLevel", parentCode);
            return Outcome.PROBLEM;
        }
    }
}
