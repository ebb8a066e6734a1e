package cn.helituan.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads a sheet on a thread of its own while the pass's thread checks and writes what has been read (issue 20: the
 * file's reading and parsing no longer waits while the database inserts a batch, nor the other way round). Only the
 * reading moves: {@link ImportSource#read} on the reader thread, its lines and problems handed over in file order in
 * chunks through a bounded queue (at most {@value #CHUNKS} chunks of {@value #CHUNK} waiting, so memory stays as
 * small as before); the transaction, every query and write, the import run's state and the progress stay on the
 * calling thread, which receives the lines and problems exactly as the source gives them. A failure of the reading is
 * thrown on the calling thread; a failure on the calling thread stops the reader.
 */
final class ReadAhead {

    static final int CHUNK = 256;
    static final int CHUNKS = 8;

    /** The end of the sheet, or the reader's failure. */
    private record End(Throwable failure) {
    }

    /** Thrown inside the reader when the pass has stopped listening. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private ReadAhead() {
    }

    /**
     * Reads {@code sheet} of {@code source}, handing every line to {@code lines} and every problem of the sheet to
     * {@code problems}, in the order the source gives them, both on the calling thread.
     */
    static void read(ImportSource source, ImportSource.Sheet sheet, Consumer<ImportLine> lines,
                     Consumer<ImportProblem> problems) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            List<Object> chunk = new ArrayList<>(CHUNK);
            Consumer<Object> hand = item -> {
                chunk.add(item);
                if (chunk.size() == CHUNK) {
                    put(queue, new ArrayList<>(chunk), stopped);
                    chunk.clear();
                }
            };
            Throwable failure = null;
            try {
                source.read(sheet, hand::accept, hand::accept);
            } catch (Stopped e) {
                return;
            } catch (Throwable e) {
                failure = e;
            }
            try {
                if (!chunk.isEmpty()) {
                    put(queue, new ArrayList<>(chunk), stopped);
                }
                put(queue, new End(failure), stopped);
            } catch (Stopped e) {
                // nobody listens any more
            }
        }, "import-read");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof End end) {
                    if (end.failure() instanceof RuntimeException e) {
                        throw e;
                    }
                    if (end.failure() instanceof Error e) {
                        throw e;
                    }
                    if (end.failure() != null) {
                        throw new IllegalStateException(end.failure());
                    }
                    return;
                }
                for (Object item : (List<?>) next) {
                    if (item instanceof ImportLine line) {
                        lines.accept(line);
                    } else {
                        problems.accept((ImportProblem) item);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading an import", e);
        } finally {
            stopped.set(true);
            queue.clear();
        }
    }

    /** Waits for room in the queue, giving up once the pass has stopped taking. */
    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
        try {
            do {
                if (stopped.get()) {
                    throw new Stopped();
                }
            } while (!queue.offer(item, 100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }
}
