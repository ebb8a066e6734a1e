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
 * Moves every photo's and attachment's bytes ({@link BlobKey}) from the database to the object store
 * ({@link #toStore()}) or back ({@link #toDatabase()}), a batch of rows at a time, each row checked by a content hash before its source is
 * emptied: to the store, by the store's own hash of what it received (S3's ETag, the MD5 of the bytes; a mismatch fails
 * the write) and the row emptied only while its SHA-256 is still that of the bytes sent; back, by the SHA-256 the
 * database computes of what it now holds against that of the bytes read from the store. Resumable: where a photo is tells where it is to be found — a row with its {@code content} column filled is
 * in the database, an empty one in the store — so a run stopped at any point is finished by running it again (a row
 * written to the other side but not yet emptied on its own is simply written again). Runs while the application
 * serves: a photo not yet moved is read from the database ({@link BlobStores#get}). The rows themselves are never
 * changed but for their file columns.
 */
public class BlobMigration {

    private static final Logger log = LoggerFactory.getLogger(BlobMigration.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final BlobStores stores;
    private final int threads;

    public BlobMigration(JdbcTemplate jdbc, BlobStores stores, int threads) {
        if (stores.configured().database()) {
            throw new IllegalStateException(
                    "no store but the database is configured (helituan.storage.type=file or s3)");
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

    /** A row's files' bytes, in the order of its table's keys ({@link BlobKey#keysOf}). */
    private record Row(long id, List<byte[]> bytes) {

        byte[] first() {
            return bytes.get(0);
        }
    }

    /** Which rows have a file to be found somewhere: every photo row; an attachment row that names its file. */
    private static String kept(String table) {
        return BlobKey.PHOTO_TABLES.contains(table) ? "true" : "attachment_name is not null";
    }

    /** Every photo and attachment from the database's columns into the object store. */
    public Result toStore() {
        Map<String, Long> moved = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String table : BlobKey.tables()) {
                List<String> columns = BlobKey.keysOf(table, 0).stream().map(BlobKey::column).toList();
                String first = columns.get(0);
                long count = 0;
                long after = 0;
                while (true) {
                    List<Row> rows = jdbc.query("select id, " + String.join(", ", columns) + " from " + table
                            + " where " + first + " is not null and id > ? order by id limit " + BATCH,
                            (rs, i) -> {
                                List<byte[]> bytes = new ArrayList<>();
                                for (int c = 0; c < columns.size(); c++) {
                                    bytes.add(rs.getBytes(2 + c));
                                }
                                return new Row(rs.getLong(1), bytes);
                            }, after);
                    if (rows.isEmpty()) {
                        break;
                    }
                    each(pool, rows, row -> {
                        List<BlobKey> keys = BlobKey.keysOf(table, row.id());
                        for (int c = 0; c < keys.size(); c++) {
                            // the store's put checks the store's hash of what it received (S3: the ETag, MD5)
                            stores.configured().put(keys.get(c), row.bytes().get(c));
                        }
                    });
                    // emptied only where the row still holds what was copied (its hash)
                    List<Object[]> args = rows.stream().map(r -> new Object[] {r.id(), sha256(r.first())}).toList();
                    count += Arrays.stream(jdbc.batchUpdate("update " + table + " set "
                            + String.join(", ", columns.stream().map(c -> c + " = null").toList())
                            + " where id = ? and sha256(" + first + ") = ?", args)).sum();
                    after = rows.get(rows.size() - 1).id();
                    log.info("files to the object store: {} {} moved", table, count);
                }
                moved.put(table, count);
            }
        } finally {
            pool.shutdown();
        }
        return new Result(moved, Map.of());
    }

    /** Every photo and attachment from the object store back into the database's columns, and out of the store. */
    public Result toDatabase() {
        Map<String, Long> moved = new LinkedHashMap<>();
        Map<String, Long> missing = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String table : BlobKey.tables()) {
                List<String> columns = BlobKey.keysOf(table, 0).stream().map(BlobKey::column).toList();
                String first = columns.get(0);
                long count = 0;
                long lost = 0;
                long after = 0;
                while (true) {
                    List<Long> ids = jdbc.queryForList("select id from " + table + " where " + first + " is null and "
                            + kept(table) + " and id > ? order by id limit " + BATCH, Long.class, after);
                    if (ids.isEmpty()) {
                        break;
                    }
                    List<Row> rows = map(pool, ids, id -> new Row(id,
                            BlobKey.keysOf(table, id).stream().map(key -> stores.configured().get(key)).toList()));
                    List<Row> found = rows.stream().filter(r -> r.first() != null).toList();
                    lost += rows.size() - found.size();
                    jdbc.batchUpdate("update " + table + " set "
                            + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                            + " where id = ? and " + first + " is null",
                            found.stream().map(r -> {
                                List<Object> args = new ArrayList<>(r.bytes());
                                args.add(r.id());
                                return args.toArray();
                            }).toList());
                    Map<Long, Row> byId = new HashMap<>();
                    found.forEach(r -> byId.put(r.id(), r));
                    List<Row> verified = new ArrayList<>();
                    jdbc.query("select id, " + String.join(", ", columns.stream().map(c -> "sha256(" + c + ")")
                            .toList()) + " from " + table + " where id = any(?)",
                            rs -> {
                                Row copied = byId.get(rs.getLong(1));
                                boolean equal = true;
                                for (int c = 0; c < columns.size(); c++) {
                                    equal &= Arrays.equals(rs.getBytes(2 + c), sha256(copied.bytes().get(c)));
                                }
                                if (equal) {
                                    verified.add(copied);
                                }
                            }, (Object) found.stream().map(Row::id).toArray(Long[]::new));
                    if (verified.size() != found.size()) {
                        throw new IllegalStateException(table + ": " + (found.size() - verified.size())
                                + " files read back from the database differ from the store's");
                    }
                    List<BlobKey> done = new ArrayList<>();
                    verified.forEach(r -> done.addAll(BlobKey.keysOf(table, r.id())));
                    if (stores.configured() instanceof S3BlobStore s3) {
                        s3.removeAll(done);
                    } else {
                        each(pool, done, key -> stores.configured().remove(key));
                    }
                    count += verified.size();
                    after = ids.get(ids.size() - 1);
                    log.info("files to the database: {} {} moved, {} missing", table, count, lost);
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
