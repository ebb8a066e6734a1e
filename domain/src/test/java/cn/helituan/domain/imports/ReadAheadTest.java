package cn.helituan.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A sheet read on a thread of its own: what the pass's thread receives, in what order, and how failures travel. */
class ReadAheadTest {

    private static final ImportSource.Sheet SHEET = new ImportSource.Sheet("人员名册", ImportKind.MEMBERS);

    /** A sheet of {@code rows} lines with a problem before every 100th, then {@code end} run (say, a failure). */
    private static ImportSource source(int rows, AtomicInteger sent, Runnable end) {
        return new ImportSource() {
            @Override
            public List<Sheet> sheets(Consumer<ImportProblem> problems) {
                return List.of(SHEET);
            }

            @Override
            public void read(Sheet sheet, Consumer<ImportLine> lines, Consumer<ImportProblem> problems) {
                for (int i = 0; i < rows; i++) {
                    if (i % 100 == 0) {
                        problems.accept(new ImportProblem(sheet.name(), i + 2, "mobile", 5, "import.cell.formula",
                                "=A" + i));
                    }
                    lines.accept(new ImportLine(sheet.kind(), sheet.name(), i + 2, Map.of("mobile", "" + i),
                            Map.of("mobile", 5)));
                    sent.incrementAndGet();
                }
                end.run();
            }
        };
    }

    @Test
    void handsOverEveryLineAndProblemInFileOrderOnTheCallingThread() {
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();
        ReadAhead.read(source(1_001, new AtomicInteger(), () -> { }), SHEET, line -> {
            seen.add("line " + line.row());
            threads.add(Thread.currentThread());
        }, problem -> {
            seen.add("problem " + problem.row());
            threads.add(Thread.currentThread());
        });

        assertThat(seen).hasSize(1_001 + 11);
        assertThat(seen.subList(0, 3)).containsExactly("problem 2", "line 2", "line 3");
        assertThat(seen.subList(seen.size() - 3, seen.size())).containsExactly("line 1001", "problem 1002", "line 1002");
        assertThat(threads).allMatch(t -> t == caller);
    }

    @Test
    void aFailureOfTheReadingIsThrownOnTheCallingThreadAfterTheLinesBeforeIt() {
        List<Integer> rows = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.read(source(10, new AtomicInteger(), () -> {
            throw new IllegalArgumentException("unreadable");
        }), SHEET, line -> rows.add(line.row()), problem -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable");
        assertThat(rows).hasSize(10);
    }

    @Test
    void aFailureOfThePassStopsTheReader() throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.read(source(1_000_000, sent, () -> { }), SHEET, line -> {
            if (line.row() == 1_000) {
                throw new IllegalStateException("the database said no");
            }
        }, problem -> { })).hasMessage("the database said no");

        for (Thread reader : Thread.getAllStackTraces().keySet()) {
            if (reader.getName().equals("import-read")) {
                reader.join(60_000);
                assertThat(reader.isAlive()).as("the reader still runs").isFalse();
            }
        }
        // the reader gave up at its next hand-over: it read at most the queue's chunks beyond the failing line
        assertThat(sent.get()).isLessThan(1_000 + (ReadAhead.CHUNKS + 3) * ReadAhead.CHUNK);
    }
}
