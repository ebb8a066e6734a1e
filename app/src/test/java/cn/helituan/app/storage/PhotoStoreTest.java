package cn.helituan.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.S3Server;
import cn.helituan.domain.storage.BlobKey;
import cn.helituan.persistence.storage.BlobMigration;
import cn.helituan.persistence.storage.DatabaseBlobStore;
import cn.helituan.persistence.storage.S3BlobStore;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import cn.helituan.domain.storage.BlobStore;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Photos in an object store over the S3 API (issue 24): MinIO where a Docker engine answers, else Adobe's S3Mock — the
 * same assertions on both, through the application's own S3 client. The store keeps, returns and forgets bytes; a
 * photo not yet moved is read from the database; the migration command's work moves the test's photos (and every other
 * photo of the demo county) to the store and back, every image's and thumbnail's SHA-256 equal, and finishes a run
 * that broke off. 10,000 photos on MinIO; on S3Mock 1,500 (its own default, {@code -Dphoto-store.photos} sets it):
 * S3Mock rewrites its bucket's whole key list on every write (one lock per bucket), so a write there costs in
 * proportion to the objects already kept, and 20,000 objects take many minutes on this machine.
 */
class PhotoStoreTest extends FullStackTest {

    static S3Server server;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3Server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static S3BlobStore store(String bucket) {
        return new S3BlobStore(server.endpoint(), "us-east-1", S3Server.ACCESS_KEY, S3Server.SECRET_KEY, bucket);
    }

    @Test
    void theStoreKeepsReturnsAndForgetsBytesOverTheS3Api() {
        try (S3BlobStore store = store("keep-test")) {
            BlobKey key = new BlobKey("activity_photo", 987654321L, false);
            assertThat(store.get(key)).as("nothing kept yet").isNull();
            store.put(key, new byte[] {1, 2, 3});
            assertThat(store.get(key)).containsExactly(1, 2, 3);
            store.put(key, new byte[] {4, 5});
            assertThat(store.get(key)).as("replaced").containsExactly(4, 5);
            assertThat(store.get(new BlobKey("activity_photo", 987654321L, true))).as("its thumbnail apart").isNull();
            store.remove(key);
            assertThat(store.get(key)).isNull();
            assertThat(store.database()).isFalse();
        }
    }

    @Test
    void aPhotoNotYetMovedIsReadFromTheDatabase() {
        long activity = jdbc.queryForObject("select min(id) from activity", Long.class);
        long photo = jdbc.queryForObject("""
                insert into activity_photo (activity_id, content_type, byte_size, width, height, removed, content,
                                            thumbnail, version, created_at, created_by)
                values (?, 'image/jpeg', 3, 1, 1, true, '\\x0a0b0c', '\\x0d', 0, now(), 'test') returning id""",
                Long.class, activity);
        try (S3BlobStore s3 = store("fallback-test")) {
            BlobStores stores = new BlobStores(s3, new DatabaseBlobStore(jdbc));
            assertThat(stores.get(new BlobKey("activity_photo", photo, false))).containsExactly(10, 11, 12);
            s3.put(new BlobKey("activity_photo", photo, false), new byte[] {10, 11, 12});
            assertThat(stores.get(new BlobKey("activity_photo", photo, false))).containsExactly(10, 11, 12);
        }
    }

    @Test
    void photosMoveToTheStoreAndBackEveryHashEqualAndABrokenRunIsFinished() {
        int photos = Integer.getInteger("photo-store.photos", server.kind().equals("MinIO") ? 10_000 : 1_500);
        long activity = jdbc.queryForObject("select min(id) from activity", Long.class);
        // photos of their own bytes (kept as removed: no page lists them)
        jdbc.update("""
                insert into activity_photo (activity_id, content_type, byte_size, width, height, removed, content,
                                            thumbnail, version, created_at, created_by)
                select ?, 'image/jpeg', 64, 8, 8, true,
                       decode(md5('c' || i) || md5('d' || i) || md5('e' || i) || md5('f' || i), 'hex'),
                       decode(md5('t' || i), 'hex'), 0, now(), 'photo-store-test'
                from generate_series(1, ?) i""", activity, photos);
        // and a draft case's photos (the case library's table moves as every other)
        long draft = jdbc.queryForObject("select min(id) from case_study where status = 'DRAFT'", Long.class);
        jdbc.update("""
                insert into case_photo (case_id, content_type, byte_size, width, height, removed, content, thumbnail,
                                        version, created_at, created_by)
                select ?, 'image/jpeg', 16, 8, 8, false, decode(md5('case' || i), 'hex'),
                       decode(md5('case-t' || i), 'hex'), 0, now(), 'photo-store-test'
                from generate_series(1, 3) i""", draft);
        Map<String, String> before = hashes();
        assertThat(before.size()).isGreaterThanOrEqualTo(photos);
        // the photos with bytes (other tests leave rows whose upload was refused, with none: nothing to move)
        long withBytes = 0;
        for (String table : BlobKey.PHOTO_TABLES) {
            withBytes += jdbc.queryForObject("select count(*) from " + table + " where content is not null",
                    Long.class);
        }

        try (S3BlobStore s3 = store("migration-test")) {
            DatabaseBlobStore database = new DatabaseBlobStore(jdbc);
            // a run that breaks off after a third of the writes (the store stops answering) leaves part moved
            AtomicInteger writes = new AtomicInteger();
            BlobStore breaking = new BlobStore() {
                public void put(BlobKey key, byte[] bytes) {
                    if (writes.incrementAndGet() > photos * 2 / 3) {
                        throw new IllegalStateException("the store went away");
                    }
                    s3.put(key, bytes);
                }

                public byte[] get(BlobKey key) {
                    return s3.get(key);
                }

                public void remove(BlobKey key) {
                    s3.remove(key);
                }

                public boolean database() {
                    return false;
                }
            };
            assertThatThrownBy(() -> new BlobMigration(jdbc, new BlobStores(breaking, database), 8).toStore())
                    .hasMessageContaining("went away");
            long left = jdbc.queryForObject("select count(*) from activity_photo where content is not null",
                    Long.class);
            assertThat(left).as("part moved, part not").isBetween(1L, (long) before.size() - 1);
            assertThat(before).as("photos readable meanwhile, moved or not")
                    .containsAllEntriesOf(hashesReadThrough(new BlobStores(s3, database), 200));

            // what is still in the database: the activity photos left and every other photo table's (the demo's)
            long leftEverywhere = 0;
            for (String table : BlobKey.PHOTO_TABLES) {
                leftEverywhere += jdbc.queryForObject("select count(*) from " + table
                        + " where content is not null or thumbnail is not null", Long.class);
            }
            BlobMigration migration = new BlobMigration(jdbc, new BlobStores(s3, database), 8);
            BlobMigration.Result there = migration.toStore();
            assertThat(there.movedTotal()).as("the rest moved by running it again").isEqualTo(leftEverywhere);
            for (String table : BlobKey.PHOTO_TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table
                        + " where content is not null or thumbnail is not null", Long.class))
                        .as("%s emptied", table).isZero();
            }
            assertThat(before).as("the store's bytes")
                    .containsAllEntriesOf(hashesReadThrough(new BlobStores(s3, database), 200));

            BlobMigration.Result back = migration.toDatabase();
            assertThat(back.movedTotal()).isEqualTo(withBytes);
            // "missing" can only be rows that never had bytes (other tests' refused uploads); every row's bytes are
            // compared just below
            assertThat(back.missingTotal()).isLessThanOrEqualTo(before.size() - withBytes);
            assertThat(hashes()).as("every hash equal after the round trip").isEqualTo(before);
            long anyPhoto = jdbc.queryForObject("select max(id) from activity_photo", Long.class);
            assertThat(s3.get(new BlobKey("activity_photo", anyPhoto, false))).as("out of the store").isNull();
        }
    }

    /** Every photo's image and thumbnail SHA-256, by table and id, as the database computes them. */
    private Map<String, String> hashes() {
        Map<String, String> hashes = new HashMap<>();
        for (String table : BlobKey.PHOTO_TABLES) {
            jdbc.query("select id, sha256(content), sha256(thumbnail) from " + table, rs -> {
                hashes.put(table + "/" + rs.getLong(1), hex(rs.getBytes(2)) + "/" + hex(rs.getBytes(3)));
            });
        }
        return hashes;
    }

    /** The same, of the bytes as the application reads them (the store, else the database), for every n-th photo. */
    private Map<String, String> hashesReadThrough(BlobStores stores, int every) {
        Map<String, String> hashes = new HashMap<>();
        for (String table : BlobKey.PHOTO_TABLES) {
            for (long id : jdbc.queryForList("select id from (select id, row_number() over (order by id) n from "
                    + table + ") p where n % ? = 1", Long.class, every)) {
                hashes.put(table + "/" + id, hex(sha256(stores.get(new BlobKey(table, id, false)))) + "/"
                        + hex(sha256(stores.get(new BlobKey(table, id, true)))));
            }
        }
        return hashes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return bytes == null ? null : java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "-" : HexFormat.of().formatHex(bytes);
    }
}
