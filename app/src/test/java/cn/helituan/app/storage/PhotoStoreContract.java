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
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Photos in an object store over the S3 API (issue 24), the same assertions against every server a subclass starts
 * (MinIO, S3Mock, S3Proxy), through the application's own S3 client. The store keeps, returns and forgets bytes; a
 * photo not yet moved is read from the database; the migration command's work moves the test's photos (and every other
 * photo of the demo county) to the store and back, every image's and thumbnail's SHA-256 equal, and finishes a run
 * that broke off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PhotoStoreContract extends FullStackTest {

    S3Server server;

    @Autowired
    JdbcTemplate jdbc;

    /** The S3 server this class runs against, started. */
    abstract S3Server startServer() throws Exception;

    /** How many photos of its own the round trip adds to the demo's (-Dphoto-store.photos overrides it). */
    abstract int photos();

    @BeforeAll
    void start() throws Exception {
        server = startServer();
    }

    @AfterAll
    void stop() throws Exception {
        // the test's own rows go with it: another store's test (S3Mock's writes cost in proportion to the objects
        // already kept) and every later test read the photo tables as the others leave them
        jdbc.update("delete from activity_photo where created_by = 'photo-store-test'");
        jdbc.update("delete from case_photo where created_by = 'photo-store-test'");
        jdbc.update("delete from cross_team_spending where created_by = 'photo-store-test'");
        jdbc.update("delete from cross_team where name like 'photo-store-test %'");
        if (server != null) {
            server.close();
        }
    }

    private S3BlobStore store(String bucket) {
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
        int photos = Integer.getInteger("photo-store.photos", photos());
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
        // and a cross-town team's invoices (an attachment table: one file a row, no thumbnail), on an archived team of
        // the test's own with cancelled entries (no list shows them, no balance counts them); one entry without a file
        long team = jdbc.queryForObject("""
                insert into cross_team (unit_id, name, field, year, leader_id, allocation, archived, created_at)
                select (select min(id) from unit), 'photo-store-test ' || gen_random_uuid(), 'MEDICAL', 2001,
                       (select min(id) from member), 0, true, now()
                returning id""", Long.class);
        jdbc.update("""
                insert into cross_team_spending (team_id, spent_on, purpose, amount, attachment_name, attachment_type,
                                                 attachment, cancelled, created_at, created_by)
                select ?, date '2001-05-01', 'photo-store-test', 1, 'invoice-' || i || '.pdf', 'application/pdf',
                       decode(md5('invoice' || i) || md5('pdf' || i), 'hex'), true, now(), 'photo-store-test'
                from generate_series(1, 5) i""", team);
        jdbc.update("""
                insert into cross_team_spending (team_id, spent_on, purpose, amount, cancelled, created_at, created_by)
                values (?, date '2001-05-02', 'photo-store-test, no file', 1, true, now(), 'photo-store-test')""",
                team);
        Map<String, String> before = hashes();
        assertThat(before.size()).isGreaterThanOrEqualTo(photos);
        // the photos with bytes (other tests leave rows whose upload was refused, with none: nothing to move)
        long withBytes = 0;
        for (String table : BlobKey.tables()) {
            withBytes += jdbc.queryForObject("select count(*) from " + table + " where " + column(table)
                    + " is not null", Long.class);
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
            for (String table : BlobKey.tables()) {
                leftEverywhere += jdbc.queryForObject("select count(*) from " + table + " where " + anyFile(table),
                        Long.class);
            }
            BlobMigration migration = new BlobMigration(jdbc, new BlobStores(s3, database), 8);
            BlobMigration.Result there = migration.toStore();
            assertThat(there.movedTotal()).as("the rest moved by running it again").isEqualTo(leftEverywhere);
            for (String table : BlobKey.tables()) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + anyFile(table),
                        Long.class)).as("%s emptied", table).isZero();
            }
            long invoice = jdbc.queryForObject("select min(id) from cross_team_spending where team_id = ?",
                    Long.class, team);
            assertThat(s3.get(BlobKey.attachment("cross_team_spending", invoice))).as("an invoice in the store")
                    .isEqualTo(HexFormat.of().parseHex(md5("invoice1") + md5("pdf1")));
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
            assertThat(s3.get(BlobKey.attachment("cross_team_spending", invoice))).as("out of the store").isNull();
            assertThat(jdbc.queryForObject("select count(*) from cross_team_spending where team_id = ?"
                    + " and attachment is not null", Long.class, team)).as("five invoices back, none made up")
                    .isEqualTo(5L);
        }
    }

    /** Every photo's image and thumbnail and every attachment's SHA-256, by table and id, as the database has them. */
    private Map<String, String> hashes() {
        Map<String, String> hashes = new HashMap<>();
        for (String table : BlobKey.tables()) {
            String columns = String.join(", ", BlobKey.keysOf(table, 0).stream()
                    .map(k -> "sha256(" + k.column() + ")").toList());
            jdbc.query("select id, " + columns + " from " + table, rs -> {
                StringBuilder files = new StringBuilder();
                for (int c = 2; c <= rs.getMetaData().getColumnCount(); c++) {
                    files.append(c > 2 ? "/" : "").append(hex(rs.getBytes(c)));
                }
                hashes.put(table + "/" + rs.getLong(1), files.toString());
            });
        }
        return hashes;
    }

    /** The same, of the bytes as the application reads them (the store, else the database), for every n-th row. */
    private Map<String, String> hashesReadThrough(BlobStores stores, int every) {
        Map<String, String> hashes = new HashMap<>();
        for (String table : BlobKey.tables()) {
            for (long id : jdbc.queryForList("select id from (select id, row_number() over (order by id) n from "
                    + table + ") p where n % ? = 1", Long.class, every)) {
                hashes.put(table + "/" + id, String.join("/", BlobKey.keysOf(table, id).stream()
                        .map(key -> hex(sha256(stores.get(key)))).toList()));
            }
        }
        return hashes;
    }

    /** The column that says whether a row's file is in the database (a photo's image, an attachment). */
    private static String column(String table) {
        return BlobKey.keysOf(table, 0).get(0).column();
    }

    private static String anyFile(String table) {
        return String.join(" or ", BlobKey.keysOf(table, 0).stream().map(k -> k.column() + " is not null").toList());
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
