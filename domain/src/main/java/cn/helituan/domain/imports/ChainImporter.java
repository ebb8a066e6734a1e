package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.IndustrialChain;
import cn.helituan.domain.assisted.IndustrialChains;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** 产业链: by name; a known name is left as it is. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ChainImporter implements SheetImporter {

    private final IndustrialChains chains;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values values = run.values(line);
        if (values == null || !run.firstTime(line, "name", line.get("name"))) {
            return Outcome.PROBLEM;
        }
        String name = values.text("name");
        IndustrialChain existing = chains.findByNameIgnoreCase(name).orElse(null);
        if (existing == null) {
            chains.save(new IndustrialChain(name));
            return Outcome.CREATED;
        } else if (existing.isArchived()) {
            run.problem(line, "name", "import.chain.archived", name);
            return Outcome.PROBLEM;
        } else {
            return Outcome.UNCHANGED;
        }
    }
}
