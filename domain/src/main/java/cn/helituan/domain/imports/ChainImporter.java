package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.IndustrialChain;
import cn.helituan.domain.assisted.IndustrialChains;
import java.util.ArrayList;
import java.util.List;

/** 产业链: by name; a known name is left as it is. */
final class ChainImporter implements SheetImporter {

    private final IndustrialChains chains;

    ChainImporter(IndustrialChains chains) {
        this.chains = chains;
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
            IndustrialChain existing = chains.findByNameIgnoreCase(name).orElse(null);
            if (existing == null) {
                chains.save(new IndustrialChain(name));
                outcomes.add(Outcome.CREATED);
            } else if (existing.isArchived()) {
                run.problem(line, "name", "import.chain.archived", name);
                outcomes.add(Outcome.PROBLEM);
            } else {
                outcomes.add(Outcome.UNCHANGED);
            }
        }
        return outcomes;
    }
}
