package cn.helituan.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ledger import's set of row identities (a million rows in a few megabytes). */
class LongSetTest {

    @Test
    void addsEachValueOnceThroughGrowing() {
        LongSet set = new LongSet();
        for (int i = 0; i < 100_000; i++) {
            assertThat(set.add(LongSet.hash("row " + i))).isTrue();
        }
        for (int i = 0; i < 100_000; i += 7) {
            assertThat(set.add(LongSet.hash("row " + i))).as("row %d again", i).isFalse();
        }
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
    }
}
