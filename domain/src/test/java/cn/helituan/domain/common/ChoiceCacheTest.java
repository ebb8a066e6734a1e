package cn.helituan.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.member.WorkUnitOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ChoiceCacheTest {

    private final MutableClock clock = new MutableClock();
    private final ChoiceCache cache = new ChoiceCache(clock);
    private final AtomicInteger loads = new AtomicInteger();
    private final List<WorkUnitOption> table = new ArrayList<>(List.of(new WorkUnitOption(1L, "县人民医院")));

    private List<WorkUnitOption> read() {
        return cache.get("workUnits", () -> {
            loads.incrementAndGet();
            return List.copyOf(table);
        });
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(cache);
    }

    @Test
    void choicesAreReadOnceAndAgainAfterAMinute() {
        assertThat(read()).extracting(WorkUnitOption::name).containsExactly("县人民医院");
        table.add(new WorkUnitOption(2L, "县中医医院"));
        assertThat(read()).hasSize(1);
        assertThat(loads).hasValue(1);

        clock.advance(ChoiceCache.TTL.plusSeconds(1));
        assertThat(read()).extracting(WorkUnitOption::name).containsExactly("县人民医院", "县中医医院");
        assertThat(loads).hasValue(2);
    }

    @Test
    void choicesLoadedWhileAChangeCommitsAreNotKept() {
        cache.get("workUnits", () -> {
            loads.incrementAndGet();
            List<WorkUnitOption> before = List.copyOf(table);
            table.add(new WorkUnitOption(2L, "县中医医院"));
            cache.invalidateAfterCommit();
            return before;
        });
        assertThat(read()).as("read again, not the list loaded before the change").hasSize(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void differentKeysAreKeptApart() {
        cache.get("units:/1/", () -> List.of(new WorkUnitOption(5L, "城关镇")));
        assertThat(cache.get("units:/2/", () -> List.of(new WorkUnitOption(6L, "佐龙镇"))))
                .extracting(WorkUnitOption::name).containsExactly("佐龙镇");
    }

    @Test
    void aChangeOutsideATransactionIsSeenAtOnce() {
        read();
        table.add(new WorkUnitOption(2L, "县中医医院"));
        cache.invalidateAfterCommit();
        assertThat(read()).hasSize(2);
    }

    @Test
    void aChangeInATransactionIsSeenByItAtOnceAndByOthersOnceCommitted() throws Exception {
        read();
        TransactionSynchronizationManager.initSynchronization();
        table.add(new WorkUnitOption(2L, "县中医医院"));
        cache.invalidateAfterCommit();
        cache.invalidateAfterCommit();
        assertThat(read()).as("the changing transaction sees its change").hasSize(2);
        List<WorkUnitOption> elsewhere = new ArrayList<>();
        Thread other = new Thread(() -> elsewhere.addAll(read()));
        other.start();
        other.join();
        assertThat(elsewhere).as("another request, before the commit: the cached choices").hasSize(1);

        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        assertThat(synchronizations).hasSize(1);
        synchronizations.get(0).afterCommit();
        synchronizations.get(0).afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        TransactionSynchronizationManager.clearSynchronization();
        int loadsBefore = loads.get();
        assertThat(read()).hasSize(2);
        assertThat(read()).hasSize(2);
        assertThat(loads).as("cached again after the commit").hasValue(loadsBefore + 1);
    }

    @Test
    void aRolledBackChangeLeavesTheCachedChoices() {
        read();
        TransactionSynchronizationManager.initSynchronization();
        cache.invalidateAfterCommit();
        TransactionSynchronizationManager.getSynchronizations().get(0)
                .afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.clearSynchronization();

        read();
        assertThat(loads).hasValue(1);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
