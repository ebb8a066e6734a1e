package cn.helituan.persistence.storage;

import cn.helituan.domain.storage.BlobKey;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves every photo's bytes from the database to the object store ({@link #toStore()}) or back
 * ({@link #toDatabase()}), a batch of rows at a time, each row checked by a content hash before its source is
 * emptied: to the store, by the store's own hash of what it received (S3's ETag, the MD5 of the bytes; a mismatch fails
 * the write) and the row emptied only while its SHA-256 is still that of the bytes sent; back, by the SHA-256 the
 * database computes of what it now holds against that of the bytes read from the store. Resumable: where a photo is tells where it is to be found — a row with its {@code content} column filled is
 * in the database, an empty one in the store — so a run stopped at any point is finished by running it again (a row
 * written to the other side but not yet emptied on its own is simply written again). Runs while the application
 * serves: a photo not yet moved is read from the database ({@link BlobStores#get}). The photo rows themselves are never
 * changed but for the two columns.
 */
public class BlobMigration {

    private static final Logger log = LoggerFactory.getLogger(BlobMigration.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final BlobStores stores;
    private final int threads;

    public BlobMigration(JdbcTemplate jdbc, BlobStores stores, int threads) {
        if (stores.configured().database()) {
            throw new IllegalStateException("no object store is configured (helituan.storage.type=s3)");
        }
        this.jdbc = jdbc;
        this.stores = stores;
        this.threads = threads;
    }

    /** What a run did per table: rows moved, and rows whose bytes were found on neither side. */
    public record Result(Map<String, Long> moved, Map<String, Long> missing) {

        public long movedTotal() {
            return moved.values().stream().mapToLong(Long::longValue).sum();
        }

        public long missingTotal() {
            return missing.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Row(long id, byte[] content, byte[] thumbnail) {
    }

    /** Every photo from the database's columns into the object store. */
    public Result toStore() {
        Map<String, Long> moved = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String table : BlobKey.PHOTO_TABLES) {
                long count = 0;
                long after = 0;
                while (true) {
                    List<Row> rows = jdbc.query("select id, content, thumbnail from " + table
                            + " where content is not null and id > ? order by id limit " + BATCH,
                            (rs, i) -> new Row(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)), after);
                    if (rows.isEmpty()) {
                        break;
                    }
                    each(pool, rows, row -> {
                        for (boolean thumbnail : new boolean[] {false, true}) {
                            BlobKey key = new BlobKey(table, row.id(), thumbnail);
                            byte[] bytes = thumbnail ? row.thumbnail() : row.content();
                            // the store's put checks the store's hash of what it received (S3: the ETag, MD5)
                            stores.configured().put(key, bytes);
                        }
                    });
                    // emptied only where the row still holds what was copied (its hash)
                    List<Object[]> args = rows.stream().map(r -> new Object[] {r.id(), sha256(r.content())}).toList();
                    count += Arrays.stream(jdbc.batchUpdate("update " + table + " set content = null, thumbnail = null"
                            + " where id = ? and sha256(content) = ?", args)).sum();
                    after = rows.get(rows.size() - 1).id();
                    log.info("photos to the object store: {} {} moved", table, count);
                }
                moved.put(table, count);
            }
        } finally {
            pool.shutdown();
        }
        return new Result(moved, Map.of());
    }

    /** Every photo from the object store back into the database's columns, and out of the store. */
    public Result toDatabase() {
        Map<String, Long> moved = new LinkedHashMap<>();
        Map<String, Long> missing = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String table : BlobKey.PHOTO_TABLES) {
                long count = 0;
                long lost = 0;
                long after = 0;
                while (true) {
                    List<Long> ids = jdbc.queryForList("select id from " + table + " where content is null and id > ?"
                            + " order by id limit " + BATCH, Long.class, after);
                    if (ids.isEmpty()) {
                        break;
                    }
                    List<Row> rows = map(pool, ids, id -> new Row(id,
                            stores.configured().get(new BlobKey(table, id, false)),
                            stores.configured().get(new BlobKey(table, id, true))));
                    List<Row> found = rows.stream().filter(r -> r.content() != null).toList();
                    lost += rows.size() - found.size();
                    jdbc.batchUpdate("update " + table + " set content = ?, thumbnail = ? where id = ? and content is null",
                            found.stream().map(r -> new Object[] {r.content(), r.thumbnail(), r.id()}).toList());
                    Map<Long, Row> byId = new HashMap<>();
                    found.forEach(r -> byId.put(r.id(), r));
                    List<Row> verified = new ArrayList<>();
                    jdbc.query("select id, sha256(content), sha256(thumbnail) from " + table + " where id = any(?)",
                            rs -> {
                                Row copied = byId.get(rs.getLong(1));
                                if (Arrays.equals(rs.getBytes(2), sha256(copied.content()))
                                        && Arrays.equals(rs.getBytes(3), sha256(copied.thumbnail()))) {
                                    verified.add(copied);
                                }
                            }, (Object) found.stream().map(Row::id).toArray(Long[]::new));
                    if (verified.size() != found.size()) {
                        throw new IllegalStateException(table + ": " + (found.size() - verified.size())
                                + " photos read back from the database differ from the store's");
                    }
                    List<BlobKey> done = new ArrayList<>();
                    verified.forEach(r -> {
                        done.add(new BlobKey(table, r.id(), false));
                        done.add(new BlobKey(table, r.id(), true));
                    });
                    if (stores.configured() instanceof S3BlobStore s3) {
                        s3.removeAll(done);
                    } else {
                        each(pool, done, key -> stores.configured().remove(key));
                    }
                    count += verified.size();
                    after = ids.get(ids.size() - 1);
                    log.info("photos to the database: {} {} moved, {} missing", table, count, lost);
                }
                moved.put(table, count);
                missing.put(table, lost);
            }
        } finally {
            pool.shutdown();
        }
        return new Result(moved, missing);
    }

    private static <T> void each(ExecutorService pool, List<T> items, java.util.function.Consumer<T> work) {
        map(pool, items, item -> {
            work.accept(item);
            return null;
        });
    }

    private static <T, R> List<R> map(ExecutorService pool, List<T> items, java.util.function.Function<T, R> work) {
        List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
        List<R> results = new ArrayList<>();
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return results;
    }

    static byte[] sha256(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
