package cn.helituan.app.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.FullStackTest;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The check-in as the page's script sends it: the photo as the request's body, the position as parameters, the
 * answer in JSON. Saved as the form's check-in is (the same doubts, the photo kept as it came), the page opened next
 * says so; every refusal the form's — no position, not an image, over the size, another village, a plain member,
 * twice, a date sent — with its message in JSON on the form's status, and nothing written.
 */
class CheckInBodyTest extends FullStackTest {

    private static final String[] HERE = {"latitude", "34.36", "longitude", "107.24", "accuracy", "15"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    /** Makes the test's stationed cadres ({@link StationedCadres}, its dependencies autowired). */
    @Autowired
    AutowireCapableBeanFactory beans;

    private StationedCadres.Cadre cadre() {
        return beans.createBean(StationedCadres.class).cadre(LocalDate.of(2026, 1, 1));
    }

    private MockHttpServletResponse checkIn(RequestPostProcessor who, long objectId, byte[] photo,
                                            MockHttpSession session, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/objects/" + objectId + "/checkins")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).accept(MediaType.APPLICATION_JSON)
                .content(photo == null ? new byte[0] : photo).session(session);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private long checkIns(long memberId) {
        return jdbc.queryForObject("select count(*) from station_checkin where member_id = ?", Long.class, memberId);
    }

    @Test
    void aPhotoSentAsTheBodyIsSavedAsTheFormsAndTheNextPageSaysSo() throws Exception {
        StationedCadres.Cadre cadre = cadre();
        byte[] photo = ExifJpeg.plain(21);
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse saved = checkIn(cadre.who(), cadre.objectId(), photo, session, HERE);
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).matches("\\{\"location\":\"/checkin\\?done=(ok|doubtful)\"}");
        String location = saved.getContentAsString().replaceAll(".*\"(/checkin[^\"]*)\".*", "$1");
        assertThat(jdbc.queryForObject("select count(*) from station_checkin where member_id = ? and latitude = 34.36"
                + " and accuracy = 15 and photo_hash = encode(sha256(?), 'hex')", Long.class, cadre.memberId(),
                photo)).as("its position, its photo's hash").isEqualTo(1);
        long id = jdbc.queryForObject("select id from station_checkin where member_id = ?", Long.class,
                cadre.memberId());
        assertThat(mvc.perform(get("/checkins/" + id + "/photo").with(cadre.who())).andReturn().getResponse()
                .getContentAsByteArray()).as("the photo kept as it came").isEqualTo(photo);

        boolean doubtful = jdbc.queryForObject("select doubts <> '' from station_checkin where id = ?",
                Boolean.class, id);
        assertThat(location).isEqualTo(doubtful ? "/checkin?done=doubtful" : "/checkin?done=ok");
        String page = mvc.perform(get(location).with(cadre.who())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".alert-success").text()).as("the page opened next")
                .isEqualTo(doubtful ? "已打卡，但有存疑之处（见下方原因），管理员会核实。" : "打卡成功。");
        assertThat(Jsoup.parse(page).select("#checkin-today").text()).contains("今天已于");
        assertThat(session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS"))
                .as("no flash message written to the session").isNull();

        StationedCadres.Cadre other = cadre();
        String notYet = mvc.perform(get("/checkin?done=ok").with(other.who())).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(notYet).select(".alert-success")).as("no check-in today, nothing said").isEmpty();
    }

    @Test
    void everyRefusalIsTheFormsInJsonAndNothingIsWritten() throws Exception {
        StationedCadres.Cadre cadre = cadre();
        byte[] photo = ExifJpeg.plain(22);
        MockHttpSession session = new MockHttpSession();

        MockHttpServletResponse noPosition = checkIn(cadre.who(), cadre.objectId(), photo, session, "accuracy", "15");
        assertThat(noPosition.getStatus()).isEqualTo(422);
        assertThat(noPosition.getContentType()).startsWith("application/json");
        assertThat(noPosition.getContentAsString()).contains("没有收到定位，无法打卡");

        MockHttpServletResponse pdf = checkIn(cadre.who(), cadre.objectId(),
                "%PDF-1.4\n1 0 obj << >> endobj\n".getBytes(), session, HERE);
        assertThat(pdf.getStatus()).isEqualTo(422);
        assertThat(pdf.getContentAsString()).contains("不是 JPEG、PNG 或 WebP 图片");

        assertThat(checkIn(cadre.who(), cadre.objectId(), null, session, HERE).getContentAsString())
                .contains("请拍摄一张现场照片");

        byte[] huge = new byte[16 * 1024 * 1024];
        System.arraycopy(photo, 0, huge, 0, photo.length);
        MockHttpServletResponse tooLarge = checkIn(cadre.who(), cadre.objectId(), huge, session, HERE);
        assertThat(tooLarge.getStatus()).isEqualTo(422);
        assertThat(tooLarge.getContentAsString()).contains("照片超过 15 MB，请调低相机分辨率重新拍摄后再打卡。");

        MockHttpServletResponse backDated = checkIn(cadre.who(), cadre.objectId(), photo, session,
                "latitude", "34.36", "longitude", "107.24", "day", "2026-06-09");
        assertThat(backDated.getStatus()).isEqualTo(400);
        assertThat(backDated.getContentAsString()).contains("不能补打或指定日期");

        long qingshan = jdbc.queryForObject("select id from assisted_object where name = '青山村'", Long.class);
        MockHttpServletResponse elsewhere = checkIn(cadre.who(), qingshan, photo, session, HERE);
        assertThat(elsewhere.getStatus()).as("a village the cadre is not stationed in").isEqualTo(404);
        assertThat(elsewhere.getContentType()).startsWith("application/json");
        assertThat(elsewhere.getContentAsString()).contains("你今天没有在驻的村");
        assertThat(checkIn(user("member").roles("MEMBER"), cadre.objectId(), photo, session, HERE).getStatus())
                .as("a member stationed nowhere").isEqualTo(404);
        assertThat(checkIn(user("subteam").roles("SUB_TEAM_LEADER"), cadre.objectId(), photo, session, HERE)
                .getStatus()).as("a sub-team leader checks no one in").isEqualTo(404);
        assertThat(checkIns(cadre.memberId())).as("nothing written").isZero();

        assertThat(checkIn(cadre.who(), cadre.objectId(), photo, session, HERE).getStatus()).isEqualTo(200);
        MockHttpServletResponse twice = checkIn(cadre.who(), cadre.objectId(), ExifJpeg.plain(23), session, HERE);
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentAsString()).contains("今天已经打过卡了");
        assertThat(checkIns(cadre.memberId())).isEqualTo(1);
    }

    @Test
    void withoutTheCsrfTokenNothingIsWritten() throws Exception {
        StationedCadres.Cadre cadre = cadre();
        MockHttpServletResponse refused = mvc.perform(post("/objects/" + cadre.objectId() + "/checkins")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(ExifJpeg.plain(24)).param("latitude", "34.36")
                .param("longitude", "107.24").with(cadre.who())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(checkIns(cadre.memberId())).isZero();
    }
}
