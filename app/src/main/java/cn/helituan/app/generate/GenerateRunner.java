package cn.helituan.app.generate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a province-sized roster for load tests when started with
 * {@code --helituan.generate.members=30000} (and optionally {@code --helituan.generate.seed=42}); see
 * docs/performance.md. Runs after the demo data, once per database.
 */
@Component
public class GenerateRunner {

    private final RosterGenerator generator;
    private final int members;
    private final long seed;

    GenerateRunner(RosterGenerator generator, @Value("${helituan.generate.members:0}") int members,
                   @Value("${helituan.generate.seed:42}") long seed) {
        this.generator = generator;
        this.members = members;
        this.seed = seed;
    }

    /** Generates the roster when {@code helituan.generate.members} asks for one; called by StartupData. */
    public void generateIfWanted() {
        if (members > 0 && generator.generate(members, seed)) {
            generator.vacuum();
        }
    }
}
