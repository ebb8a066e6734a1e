package cn.helituan.app.activity;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Jobs;
import cn.helituan.app.support.Pages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Photos as evidence: checked by their content (not their name or declared type), at most nine and 15 MB each, with
 * a thumbnail and the camera's own capture time (flagged when it is not the activity's day), shown only to those who
 * read the activity.
 */
class ActivityPhotosTest extends ActivityTestBase {



    private long activity;

    @BeforeEach
    void anActivity() throws Exception {
        MvcResult result = mvc.perform(post("/activities/new").with(LEADER).with(csrf())
                .param("groupId", String.valueOf(tea)).param("typeId", String.valueOf(visitType))
                .param("occurredOn", LocalDate.of(2026, 3, 14).toString()).param("title", unique("拍照调研"))
                .param("objectIds", String.valueOf(qingshan)).param("otherParticipants", "0")).andReturn();
        activity = Pages.redirectId(result);
    }

    private MvcResult upload(RequestPostProcessor who, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/activities/" + activity + "/photos");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    private static MockMultipartFile photo(String name, String declaredType, byte[] bytes) {
        return new MockMultipartFile("photos", name, declaredType, bytes);
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private List<Long> photos() {
        return jdbc.queryForList("select id from activity_photo where activity_id = ? and not removed order by id",
                Long.class, activity);
    }

    private String page(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/activities/" + activity).with(who)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void jpegPngAndWebpAreTakenWithAThumbnailAndTheCameraTime() throws Exception {
        byte[] exif = new ClassPathResource("photos/tea-garden-exif.jpg").getContentAsByteArray();
        byte[] webp = new ClassPathResource("photos/tea-garden.webp").getContentAsByteArray();
        upload(LEADER, photo("茶园.jpg", "image/jpeg", exif), photo("茶园.webp", "application/octet-stream", webp),
                photo("村委会.png", "image/png", image("png", 800, 600)));
        List<Long> ids = photos();
        assertThat(ids).hasSize(3);
        assertThat(jdbc.queryForList("""
                select content_type || ' ' || width || 'x' || height || ' ' || coalesce(taken_at::text, '-')
                from activity_photo where activity_id = ? order by id""", String.class, activity))
                .containsExactly("image/jpeg 640x480 2026-03-14 09:30:00", "image/webp 640x480 -",
                        "image/png 800x600 -");

        // the thumbnails are made after the commit, by the photo-thumbnail job
        ids.forEach(id -> assertThat(Jobs.awaitThumbnail(jdbc, "activity_photo", id)).isEqualTo("READY"));
        byte[] thumbnail = mvc.perform(get("/activities/" + activity + "/photos/" + ids.get(2))
                .param("thumbnail", "true").with(LEADER)).andReturn().getResponse().getContentAsByteArray();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);
        MvcResult full = mvc.perform(get("/activities/" + activity + "/photos/" + ids.get(0)).with(LEADER)).andReturn();
        assertThat(full.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(full.getResponse().getContentAsByteArray()).isEqualTo(exif);

        String page = page(LEADER);
        assertThat(page).contains("照片（3/9）", "拍摄于 2026-03-14 09:30");
        assertThat(Pages.after(page, "id=\"photos\"", 6000)).doesNotContain("photo-flag");
    }

    @Test
    void aFileIsJudgedByItsContentAndTooLargeMalformedOrTooManyAreRefused() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n".getBytes();
        byte[] jpeg = image("jpg", 200, 100);
        byte[] truncated = Arrays.copyOf(jpeg, 40);
        byte[] huge = new byte[16 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        MvcResult result = upload(LEADER, photo("照片.jpg", "image/jpeg", pdf), photo("坏图.jpg", "image/jpeg", truncated),
                photo("大图.jpg", "image/jpeg", huge), photo("好图.dat", "text/plain", jpeg));
        assertThat(photos()).as("only the real image, whatever its name").hasSize(1);
        String shown = new Pages(mvc).follow(result, LEADER).getResponse().getContentAsString();
        assertThat(shown).contains("照片.jpg：不是 JPEG、PNG 或 WebP 图片", "坏图.jpg：图片已损坏或不完整",
                "大图.jpg：超过 15 MB");

        for (int i = 0; i < 9; i++) {
            upload(LEADER, photo("p" + i + ".jpg", "image/jpeg", jpeg));
        }
        assertThat(photos()).as("nine at most").hasSize(9);
        MvcResult tenth = upload(LEADER, photo("第十张.jpg", "image/jpeg", jpeg));
        assertThat(new Pages(mvc).follow(tenth, LEADER).getResponse().getContentAsString())
                .contains("第十张.jpg：每次活动最多 9 张照片");
    }

    @Test
    void aPhotoTakenLongBeforeTheActivityIsFlaggedAndARemovedPhotoIsKept() throws Exception {
        jdbc.update("update activity set occurred_on = date '2026-04-30' where id = ?", activity);
        upload(LEADER, photo("旧照.jpg", "image/jpeg",
                new ClassPathResource("photos/tea-garden-exif.jpg").getContentAsByteArray()));
        assertThat(Pages.after(page(LEADER), "id=\"photos\"", 6000)).contains("拍摄日期与活动日期不符");

        long id = photos().get(0);
        long version = jdbc.queryForObject("select version from activity where id = ?", Long.class, activity);
        mvc.perform(post("/activities/" + activity + "/photos/" + id + "/remove").with(LEADER).with(csrf())
                .param("version", String.valueOf(version)));
        assertThat(photos()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from activity_photo where id = ?", Long.class, id))
                .as("kept, marked removed").isEqualTo(1);
        assertThat(mvc.perform(get("/activities/" + activity + "/photos/" + id).with(LEADER)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void onlyReadersOfTheActivitySeeItsPhotosAndOnlyItsEditorsAddThem() throws Exception {
        upload(LEADER, photo("证据.png", "image/png", image("png", 100, 100)));
        long id = photos().get(0);
        long ecommerce = demo.unitId(Demo.ECOMMERCE_GROUP);
        long shimen = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-002'", Long.class);
        for (Object[] outsider : new Object[][] {{"GROUP_LEADER", ecommerce, null}, {"MEMBER", ecommerce, null},
            {"FIRST_SECRETARY", null, shimen}}) {
            RequestPostProcessor who = Pages.account(jdbc, (String) outsider[0], (Long) outsider[1],
                    (Long) outsider[2]);
            for (String thumb : List.of("false", "true")) {
                assertThat(mvc.perform(get("/activities/" + activity + "/photos/" + id).param("thumbnail", thumb)
                        .with(who)).andReturn().getResponse().getStatus()).isEqualTo(404);
            }
            assertThat(upload(who, photo("x.png", "image/png", image("png", 10, 10))).getResponse().getStatus())
                    .isIn(403, 404);
            assertThat(mvc.perform(post("/activities/" + activity + "/photos/" + id + "/remove").with(who)
                    .with(csrf())).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        RequestPostProcessor secretary = user("secretary").roles("FIRST_SECRETARY");
        assertThat(mvc.perform(get("/activities/" + activity + "/photos/" + id).with(secretary)).andReturn()
                .getResponse().getStatus()).as("the village's own first secretary sees it").isEqualTo(200);
        assertThat(upload(secretary, photo("y.png", "image/png", image("png", 10, 10))).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(photos()).containsExactly(id);
    }

    /** The new-activity form posted with photos, as a phone sends it (multipart). */
    private MvcResult logWithPhotos(String title, String occurredOn, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/activities/new");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(LEADER).with(csrf()).param("groupId", String.valueOf(tea))
                .param("typeId", String.valueOf(visitType)).param("occurredOn", occurredOn).param("title", title)
                .param("place", "青山村茶园").param("objectIds", String.valueOf(qingshan))).andReturn();
    }

    private long activitiesTitled(String title) {
        return jdbc.queryForObject("select count(*) from activity where title = ?", Long.class, title);
    }

    @Test
    void photosChosenOnTheFormAreSavedWithTheActivity() throws Exception {
        String form = mvc.perform(get("/activities/new").with(LEADER)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("enctype=\"multipart/form-data\"");
        assertThat(Pages.after(form, "id=\"form-photos\"", 1500)).contains("type=\"file\"", "accept=\"image/*\"",
                "multiple", "照片（可拍照或从相册选择，最多 9 张，每张不超过 15 MB）")
                .as("the camera or the gallery, not the camera forced").doesNotContain("capture");
        String title = unique("带照片的走访");
        byte[] exif = new ClassPathResource("photos/tea-garden-exif.jpg").getContentAsByteArray();
        MvcResult result = logWithPhotos(title, "2026-03-14", photo("茶园.jpg", "image/jpeg", exif),
                photo("村委会.png", "image/png", image("png", 800, 600)));
        long id = Pages.redirectId(result);
        assertThat(jdbc.queryForList("select content_type from activity_photo where activity_id = ? order by id",
                String.class, id)).containsExactly("image/jpeg", "image/png");
        String page = mvc.perform(get("/activities/" + id).with(LEADER)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("照片（2/9）", "拍摄于 2026-03-14 09:30");
    }

    @Test
    void aBadPhotoRefusesTheWholeFormWhichKeepsWhatWasTypedAndAsksForThePhotosAgain() throws Exception {
        String title = unique("坏照片的走访");
        MvcResult result = logWithPhotos(title, "2026-03-14", photo("好图.png", "image/png", image("png", 80, 60)),
                photo("合同.jpg", "image/jpeg", "%PDF-1.4\n".getBytes()));
        assertThat(result.getResponse().getStatus()).as("the form again, not a redirect").isEqualTo(200);
        assertThat(activitiesTitled(title)).as("no activity without its photos").isZero();
        String page = result.getResponse().getContentAsString();
        assertThat(Pages.after(page, "id=\"form-photos\"", 3000))
                .contains("合同.jpg：不是 JPEG、PNG 或 WebP 图片", "已选的 2 张照片未保存，请重新选择。", "is-invalid");
        assertThat(page).contains("value=\"" + title + "\"", "value=\"青山村茶园\"");

        // a refused field elsewhere: the typed fields are kept, the photos asked for again, nothing saved
        MvcResult future = logWithPhotos(title, LocalDate.now().plusDays(3).toString(),
                photo("好图.png", "image/png", image("png", 80, 60)));
        assertThat(future.getResponse().getStatus()).isEqualTo(200);
        assertThat(future.getResponse().getContentAsString()).contains("已选的 1 张照片未保存，请重新选择。",
                "value=\"" + title + "\"");
        assertThat(activitiesTitled(title)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from activity_photo where width = 80 and height = 60",
                Long.class)).as("no photo saved without its activity").isZero();
    }

    @Test
    void tenPhotosOnTheFormAreOneTooMany() throws Exception {
        String title = unique("十张照片");
        MockMultipartFile[] ten = new MockMultipartFile[10];
        for (int i = 0; i < ten.length; i++) {
            ten[i] = photo(i + ".png", "image/png", image("png", 10, 10));
        }
        MvcResult result = logWithPhotos(title, "2026-03-14", ten);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("每次活动最多 9 张照片。");
        assertThat(activitiesTitled(title)).isZero();
    }
}
