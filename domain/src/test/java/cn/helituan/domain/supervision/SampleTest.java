package cn.helituan.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The random sample (随机抽查) is reproducible from its seed, whatever order the candidates come in. */
class SampleTest {

    private final List<Long> groups = LongStream.rangeClosed(101, 160).boxed().toList();

    @Test
    void theSameSeedDrawsTheSameUnits() {
        List<Long> first = Sample.draw(20260601L, groups, 8);
        List<Long> shuffled = new ArrayList<>(groups);
        Collections.shuffle(shuffled);
        assertThat(Sample.draw(20260601L, shuffled, 8)).isEqualTo(first);
        assertThat(first).hasSize(8).doesNotHaveDuplicates().allMatch(groups::contains);
        assertThat(Sample.draw(20260602L, groups, 8)).as("another seed, another sample").isNotEqualTo(first);
    }

    @Test
    void theDrawIsFixedByTheSpecificationOfRandom() {
        // written down once from the algorithm (java.util.Random's sequence for a seed is specified): a change of
        // the algorithm would make recorded plans impossible to draw again
        assertThat(Sample.draw(42L, List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), 3))
                .containsExactly(1L, 5L, 8L);
        assertThat(Sample.draw(7L, groups, 100)).as("more than there are: all of them")
                .hasSize(60).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Test
    void aPlanRecordsItsSeedAndTheDrawnUnits() {
        Checklist checklist = new Checklist(1, null);
        SupervisionPlan plan = new SupervisionPlan("抽查", null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15),
                checklist, groups, 5, 99L, Set.of(1L));
        assertThat(plan.getSeed()).isEqualTo(99L);
        assertThat(plan.getCandidates()).isEqualTo(60);
        assertThat(plan.getUnitIds()).isEqualTo(Sample.draw(99L, groups, 5));
        SupervisionPlan all = new SupervisionPlan("全覆盖", null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15),
                checklist, List.of(3L, 1L, 2L), null, null, Set.of(1L));
        assertThat(all.getUnitIds()).containsExactly(1L, 2L, 3L);
        assertThat(all.isSampled()).isFalse();
    }
}
