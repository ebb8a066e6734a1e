package cn.helituan.app.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.storage.BlobKey;
import cn.helituan.persistence.storage.FileBlobStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Photos as files in a directory ({@code helituan.storage.type=file}): a check-in's photo is written to its file, not
 * to PostgreSQL, and served from it as it came; its thumbnail, drawn when opened, is a file beside it; a thousand rows
 * to a folder; no temporary file left. The store itself keeps, replaces and forgets a key's bytes.
 */
class CheckInFileStoreTest extends FullStackTest {

    private static final Path DIR = temporary();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("helituan.storage.type", () -> "file");
        registry.add("helituan.storage.file.dir", DIR::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    /** Makes the test's stationed cadres ({@link StationedCadres}, its dependencies autowired). */
    @Autowired
    AutowireCapableBeanFactory beans;

    private static Path temporary() {
        try {
            return Files.createTempDirectory("helituan-photos-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCheckInsPhotoIsAFileServedAsItCameAndItsThumbnailAFileBesideIt() throws Exception {
        StationedCadres.Cadre cadre = beans.createBean(StationedCadres.class)
                .cadre(LocalDate.of(2026, 1, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "jpg", out);
        byte[] photo = out.toByteArray();
        mvc.perform(multipart("/objects/" + cadre.objectId() + "/checkins")
                .file(new MockMultipartFile("photo", "现场.jpg", "image/jpeg", photo)).param("latitude", "34.36")
                .param("longitude", "107.24").param("accuracy", "10").with(cadre.who()).with(csrf())).andReturn();
        long id = jdbc.queryForObject("select id from station_checkin where member_id = ?", Long.class,
                cadre.memberId());

        assertThat(jdbc.queryForObject("select content is null and thumbnail is null from station_checkin where id = ?",
                Boolean.class, id)).as("nothing of it in PostgreSQL").isTrue();
        Path file = DIR.resolve("station_checkin").resolve(Long.toString(id / 1_000_000))
                .resolve(Long.toString(id / 1_000 % 1_000)).resolve(id + "-content");
        assertThat(Files.readAllBytes(file)).as("its file").isEqualTo(photo);
        assertThat(mvc.perform(get("/checkins/" + id + "/photo").with(user("subteam").roles("SUB_TEAM_LEADER")))
                .andReturn().getResponse().getContentAsByteArray()).as("served as it came").isEqualTo(photo);

        byte[] thumbnail = mvc.perform(get("/checkins/" + id + "/photo").param("thumbnail", "true")
                .with(cadre.who())).andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).as("drawn when opened").isEqualTo(320);
        assertThat(Files.readAllBytes(file.resolveSibling(id + "-thumbnail"))).as("kept beside it")
                .isEqualTo(thumbnail);
        assertThat(temporaryFiles()).as("no half-written file left").isEmpty();
    }

    @Test
    void theStoreKeepsReplacesAndForgetsAKeysBytesAThousandRowsToAFolder() throws Exception {
        FileBlobStore store = new FileBlobStore(DIR.resolve("keep-test"));
        BlobKey key = new BlobKey("activity_photo", 2_345_678L, false);
        assertThat(store.get(key)).as("nothing kept yet").isNull();
        store.put(key, new byte[] {1, 2, 3});
        assertThat(store.get(key)).containsExactly(1, 2, 3);
        store.put(key, new byte[] {4, 5});
        assertThat(store.get(key)).as("replaced").containsExactly(4, 5);
        assertThat(store.get(new BlobKey("activity_photo", 2_345_678L, true))).as("its thumbnail apart").isNull();
        store.put(new BlobKey("activity_photo", 2_345_999L, false), new byte[] {6});
        store.put(new BlobKey("activity_photo", 2_346_000L, false), new byte[] {7});
        try (Stream<Path> folder = Files.list(DIR.resolve("keep-test/activity_photo/2/345"))) {
            assertThat(folder.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("rows 2,345,000 to 2,345,999 in one folder").containsExactly("2345678-content",
                            "2345999-content");
        }
        assertThat(store.get(new BlobKey("activity_photo", 2_346_000L, false))).containsExactly(7);
        store.remove(key);
        assertThat(store.get(key)).isNull();
        assertThat(store.database()).isFalse();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aFileSystemThatTakesNoDirectWritesKeepsTheBytesAllTheSame() throws Exception {
        // tmpfs refuses O_DIRECT: the store writes through the page cache there
        Path shm = Path.of("/dev/shm");
        Path dir = Files.createTempDirectory(Files.isDirectory(shm) && Files.isWritable(shm) ? shm : DIR,
                "helituan-photos-");
        FileBlobStore store = new FileBlobStore(dir);
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(5).nextBytes(bytes);
        for (long id = 1; id <= 2; id++) {
            BlobKey key = new BlobKey("station_checkin", id, false);
            store.put(key, bytes);
            assertThat(store.get(key)).as("photo %d", id).isEqualTo(bytes);
        }
        store.put(new BlobKey("station_checkin", 1, false), new byte[] {9});
        assertThat(store.get(new BlobKey("station_checkin", 1, false))).as("a shorter file replacing a longer one")
                .containsExactly(9);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".part")).toList()).isEmpty();
        }
    }

    private static List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> all = Files.walk(DIR)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
