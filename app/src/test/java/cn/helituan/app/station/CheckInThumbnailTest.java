package cn.helituan.app.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Jobs;
import cn.helituan.domain.photo.PhotoThumbnails;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A check-in's photo is read from its header on the request; its thumbnail waits for a quiet hour of the night
 * (helituan.checkin.thumbnails-at, 02:00 by default: the morning's check-ins are answered first) when the
 * photo-thumbnail job (db-scheduler) draws it, or is drawn when someone opens it before: either way a real JPEG of the
 * photo, 320 pixels wide, a fraction of its bytes. A photo damaged inside its data (its header and its end whole) is
 * taken, and the drawing marks it: its thumbnail's address serves a small placeholder the browser does not keep, and
 * the check-in lists say so. The job's execution is written on the photo's own transaction's connection, so it rolls
 * back with it.
 */
class CheckInThumbnailTest extends FullStackTest {

    private static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    /** Makes the test's stationed cadres ({@link StationedCadres}, its dependencies autowired). */
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    private StationedCadres cadres() {
        return beans.createBean(StationedCadres.class);
    }

    /** A 1600 × 1200 photo, its left half red and its right half blue. */
    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 800, 1200);
        g.setColor(Color.BLUE);
        g.fillRect(800, 0, 800, 1200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private MvcResult checkIn(StationedCadres.Cadre cadre, byte[] photo, String type) throws Exception {
        return mvc.perform(multipart("/objects/" + cadre.objectId() + "/checkins")
                .file(new MockMultipartFile("photo", "现场", type, photo)).param("latitude", "34.36")
                .param("longitude", "107.24").param("accuracy", "10").with(cadre.who()).with(csrf())).andReturn();
    }

    private long checkInOf(StationedCadres.Cadre cadre) {
        return jdbc.queryForObject("select id from station_checkin where member_id = ?", Long.class, cadre.memberId());
    }

    private MockHttpServletResponse thumbnail(long id, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/checkins/" + id + "/photo").param("thumbnail", "true").with(who)).andReturn()
                .getResponse();
    }

    @Test
    void theThumbnailWaitsForTheNightAndIsDrawnWhenOpenedBefore() throws Exception {
        StationedCadres.Cadre cadre = cadres().cadre(LocalDate.of(2026, 1, 1));
        byte[] photo = photo();
        MvcResult done = checkIn(cadre, photo, "image/jpeg");
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/checkin");
        long id = checkInOf(cadre);
        assertThat(jdbc.queryForObject("select width || 'x' || height from station_checkin where id = ?",
                String.class, id)).as("the size from the header").isEqualTo("1600x1200");
        assertThat(jdbc.queryForObject("select thumbnail_state from station_checkin where id = ?", String.class, id))
                .as("not drawn on the request").isEqualTo("PENDING");
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        ZonedDateTime night = now.with(LocalTime.of(2, 0));
        Instant expected = (night.isAfter(now) ? night : night.plusDays(1)).toInstant();
        assertThat(jdbc.queryForObject("select execution_time from scheduled_tasks where task_name = 'photo-thumbnail'"
                + " and task_instance = ?", Timestamp.class, "station_checkin:" + id).toInstant())
                .as("the job's run waits for 02:00 in the deployment's zone").isEqualTo(expected);

        MockHttpServletResponse served = thumbnail(id, cadre.who());
        assertThat(served.getContentType()).as("drawn when opened").isEqualTo("image/jpeg");
        assertRedAndBlue(served.getContentAsByteArray(), photo);
        assertThat(jdbc.queryForObject("select thumbnail_state from station_checkin where id = ?", String.class, id))
                .as("and kept").isEqualTo("READY");
        assertThat(thumbnail(id, SUB_TEAM).getContentAsByteArray()).as("the same to the next reader")
                .isEqualTo(served.getContentAsByteArray());
        assertThat(mvc.perform(get("/checkins/" + id + "/photo").with(SUB_TEAM)).andReturn().getResponse()
                .getContentAsByteArray()).as("the photo itself, as it came").isEqualTo(photo);
        assertThat(Jsoup.parse(page("/checkins", cadre.who())).select("#checkin-list img").attr("src"))
                .isEqualTo("/checkins/" + id + "/photo?thumbnail=true");
    }

    @Test
    void atItsHourTheJobDrawsTheThumbnailNobodyOpened() throws Exception {
        StationedCadres.Cadre cadre = cadres().cadre(LocalDate.of(2026, 1, 1));
        byte[] photo = photo();
        checkIn(cadre, photo, "image/jpeg");
        long id = checkInOf(cadre);
        // the night has come
        jdbc.update("update scheduled_tasks set execution_time = now() where task_name = 'photo-thumbnail'"
                + " and task_instance = ?", "station_checkin:" + id);
        assertThat(Jobs.awaitThumbnail(jdbc, "station_checkin", id)).isEqualTo("READY");
        MockHttpServletResponse served = thumbnail(id, SUB_TEAM);
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        assertRedAndBlue(served.getContentAsByteArray(), photo);
    }

    @Test
    void aPhotoDamagedInsideIsTakenAndItsDrawingMarksItOnTheLists() throws Exception {
        StationedCadres.Cadre cadre = cadres().cadre(LocalDate.of(2026, 1, 1));
        MvcResult done = checkIn(cadre, damagedPng(), "image/png");
        assertThat(done.getResponse().getRedirectedUrl()).as("its header and its end are whole").isEqualTo("/checkin");
        long id = checkInOf(cadre);
        MockHttpServletResponse served = thumbnail(id, SUB_TEAM);
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).as("a placeholder").isEqualTo("image/svg+xml");
        assertThat(served.getHeader("Cache-Control")).as("kept by no browser").isEqualTo("no-store");
        assertThat(served.getContentAsByteArray().length).as("a few hundred bytes").isLessThan(1000);
        assertThat(jdbc.queryForObject("select thumbnail_state from station_checkin where id = ?", String.class, id))
                .isEqualTo("UNREADABLE");
        assertThat(Jsoup.parse(page("/checkins", cadre.who())).select("#checkin-list .photo-unreadable").text())
                .isEqualTo("照片文件已损坏，无法显示（原文件保留）。");
        assertThat(Jsoup.parse(page("/checkin", cadre.who())).select("#checkin-today .photo-unreadable").text())
                .isEqualTo("照片文件已损坏，无法显示（原文件保留）。");
    }

    /** A JPEG thumbnail of {@link #photo()}: 320 × 240, red on the left, blue on the right, a fraction of its bytes. */
    private static void assertRedAndBlue(byte[] bytes, byte[] photo) throws Exception {
        assertThat(bytes.length).as("a fraction of the photo's bytes").isLessThan(photo.length / 4);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);
        Color left = new Color(small.getRGB(40, 120));
        Color right = new Color(small.getRGB(280, 120));
        assertThat(left.getRed()).as("the photo's red half").isGreaterThan(200);
        assertThat(left.getBlue()).isLessThan(60);
        assertThat(right.getBlue()).as("the photo's blue half").isGreaterThan(200);
        assertThat(right.getRed()).isLessThan(60);
    }

    @Test
    void theJobsExecutionIsWrittenInThePhotosTransactionAndRolledBackWithIt() {
        String count = "select count(*) from scheduled_tasks where task_name = 'photo-thumbnail'"
                + " and task_instance = 'station_checkin:987654321'";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(PhotoThumbnails.queued("station_checkin", 987_654_321L));
            assertThat(jdbc.queryForObject(count, Long.class)).as("on the transaction's connection").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject(count, Long.class)).as("rolled back with it").isZero();
    }

    /** A PNG whose header, chunks and CRCs are whole but whose compressed pixels are not a zlib stream. */
    static byte[] damagedPng() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        int at = 8;
        while (!(png[at + 4] == 'I' && png[at + 5] == 'D' && png[at + 6] == 'A' && png[at + 7] == 'T')) {
            at += 12 + ((png[at] & 0xFF) << 24 | (png[at + 1] & 0xFF) << 16 | (png[at + 2] & 0xFF) << 8
                    | png[at + 3] & 0xFF);
        }
        int length = (png[at] & 0xFF) << 24 | (png[at + 1] & 0xFF) << 16 | (png[at + 2] & 0xFF) << 8
                | png[at + 3] & 0xFF;
        for (int i = 0; i < length; i++) {
            png[at + 8 + i] = (byte) 0xA5;
        }
        CRC32 crc = new CRC32();
        crc.update(png, at + 4, 4 + length);
        long value = crc.getValue();
        int end = at + 8 + length;
        png[end] = (byte) (value >> 24);
        png[end + 1] = (byte) (value >> 16);
        png[end + 2] = (byte) (value >> 8);
        png[end + 3] = (byte) value;
        return png;
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
