package cn.helituan.app.common;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.RealPortBrowser;
import cn.helituan.app.support.ZeroBytes;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request over one of Tomcat's limits (issue 21: "a request over a limit gets the product's own page with the input
 * kept") is answered with the product's page — the layout, the signed-in user's menu, which limit in Chinese or in
 * English, 413, "返回修改" back to the form — a warning in the log without a stack trace and the refused write in the
 * security log; nothing is saved and the session goes on. The limits are Tomcat's (its connector's, its multipart parser's), which MockMvc never applies, so
 * these requests go through the real port as a browser sends them, with its cookies and the form's CSRF token. The
 * import's upload keeps its own answer (BadImportFilesTest). The forms carry the same limits for limits.js.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLimitsTest extends FullStackTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aFormWithTooManyFieldsGetsThePageSayingHowMany(CapturedOutput output) throws Exception {
        Browser browser = new Browser();
        long demands = count("demand");
        long logged = refusalsLogged("POST /demands/new", "FIELDS");
        StringBuilder form = new StringBuilder("title=").append(URLEncoder.encode("需求", StandardCharsets.UTF_8));
        for (int i = 0; i < 2000; i++) {
            form.append("&tag=").append(i);
        }

        HttpResponse<String> zh = browser.postForm("/demands/new", form.toString(), "");
        assertThat(zh.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(zh.body());
        assertThat(page.getElementById("limit-message").text())
                .isEqualTo("提交的内容过多（超过 2000 项），请减少后分几次提交。");
        assertProductPage(page, "/demands/new");
        assertThat(page.title()).startsWith("提交的内容超出限制，未保存");

        HttpResponse<String> en = browser.postForm("/demands/new", form.toString(), "?lang=en");
        assertThat(en.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(en.body()).getElementById("limit-message").text())
                .isEqualTo("Too much was sent at once (more than 2000 items). Please send less, in several goes.");
        assertThat(Jsoup.parse(en.body()).getElementById("limit-back").text()).isEqualTo("Back to the form");

        assertThat(count("demand")).as("demands after the refused forms").isEqualTo(demands);
        assertThat(refusalsLogged("POST /demands/new", "FIELDS")).as("refused writes in the security log")
                .isEqualTo(logged + 2);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
        assertWarnedWithoutStackTrace(output, "POST /demands/new refused: FIELDS");
    }

    @Test
    void aFormWithTooMuchTextGetsThePageSayingHowMuch(CapturedOutput output) throws Exception {
        Browser browser = new Browser();
        String form = "title=x&description=" + "x".repeat(3 << 20);

        HttpResponse<String> zh = browser.postForm("/demands/new", form, "");
        assertThat(zh.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(zh.body());
        assertThat(page.getElementById("limit-message").text()).isEqualTo("填写的文字过多：一次提交的文字不能超过 2 MB。");
        assertProductPage(page, "/demands/new");
        assertWarnedWithoutStackTrace(output, "POST /demands/new refused: FORM_SIZE");
    }

    @Test
    void theActivityFormWithTooManyPartsGetsThePageSayingHowMany(CapturedOutput output) throws Exception {
        Browser browser = new Browser();
        long activities = count("activity");
        StringBuilder parts = new StringBuilder(Browser.part("title", "走访"));
        for (int i = 0; i < 500; i++) {
            parts.append(Browser.part("participantIds", Integer.toString(i)));
        }

        HttpResponse<String> zh = browser.postMultipart("/activities/new", parts.toString(), 0, "");
        assertThat(zh.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(zh.body());
        assertThat(page.getElementById("limit-message").text())
                .isEqualTo("提交的内容过多（超过 500 项），请减少后分几次提交。");
        assertProductPage(page, "/activities/new");

        HttpResponse<String> en = browser.postMultipart("/activities/new", parts.toString(), 0, "?lang=en");
        assertThat(Jsoup.parse(en.body()).getElementById("limit-message").text())
                .isEqualTo("Too much was sent at once (more than 500 items). Please send less, in several goes.");

        assertThat(count("activity")).as("activities after the refused forms").isEqualTo(activities);
        assertWarnedWithoutStackTrace(output, "POST /activities/new refused: PARTS");
    }

    @Test
    void aPhotoOverTheUploadLimitOnTheActivityFormGetsThePageNotTheImportPage(CapturedOutput output)
            throws Exception {
        Browser browser = new Browser();
        long activities = count("activity");

        HttpResponse<String> zh = browser.postMultipart("/activities/new", Browser.part("title", "走访"),
                210L << 20, "");
        assertThat(zh.statusCode()).as("not a redirect to the import page").isEqualTo(413);
        Document page = Jsoup.parse(zh.body());
        assertThat(page.getElementById("limit-message").text())
                .isEqualTo("照片或文件过大：一次提交的文件合计不能超过 200 MB，请分几次上传。");
        assertProductPage(page, "/activities/new");

        HttpResponse<String> en = browser.postMultipart("/activities/new", Browser.part("title", "走访"),
                210L << 20, "?lang=en");
        assertThat(en.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(en.body()).getElementById("limit-message").text())
                .startsWith("The photos or files are too large: at most 200 MB may be sent at once.");

        assertThat(count("activity")).isEqualTo(activities);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
        assertWarnedWithoutStackTrace(output, "POST /activities/new refused: REQUEST_SIZE");
    }

    @Test
    void thePagesAddressAskedForDirectlyNamesNothing() throws Exception {
        assertThat(mvc.perform(get("/request-refused").with(admin())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    /** Every page's limits.js carries the configured limits and the messages, in the page's language. */
    @Test
    void theFormsCarryTheConfiguredLimitsForTheCheckBeforeSending() throws Exception {
        Element script = limitsScript(mvc.perform(get("/").with(admin())).andReturn().getResponse()
                .getContentAsString());
        assertThat(script.attr("data-max-file")).isEqualTo(Long.toString(200L << 20));
        assertThat(script.attr("data-max-request")).isEqualTo(Long.toString(200L << 20));
        assertThat(script.attr("data-max-parts")).isEqualTo("500");
        assertThat(script.attr("data-max-fields")).isEqualTo("2000");
        assertThat(script.attr("data-max-form")).isEqualTo(Long.toString(2L << 20));
        assertThat(script.attr("data-file")).isEqualTo("照片或文件过大：单个文件不能超过 200 MB。");
        assertThat(script.attr("data-fields")).isEqualTo("提交的内容过多（超过 2000 项），请减少后分几次提交。");
        assertThat(script.attr("data-parts")).isEqualTo("提交的内容过多（超过 500 项），请减少后分几次提交。");

        Element english = limitsScript(mvc.perform(get("/").param("lang", "en").with(admin()))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.attr("data-request")).startsWith("The photos or files are too large: at most 200 MB");
    }

    private static Element limitsScript(String html) {
        Element script = Jsoup.parse(html).selectFirst("script[src*=/js/limits.js]");
        assertThat(script).as("limits.js on the page").isNotNull();
        return script;
    }

    /** The layout with the signed-in user's menu, and "返回修改" leading back to the form's page. */
    private static void assertProductPage(Document page, String formPath) {
        assertThat(page.getElementById("nav-user")).as("the layout's menu, signed in").isNotNull();
        assertThat(page.getElementById("limit-page")).isNotNull();
        Element back = page.getElementById("limit-back");
        assertThat(back).isNotNull();
        assertThat(back.hasAttr("data-back")).as("limits.js takes it back in the history").isTrue();
        assertThat(back.attr("href")).isEqualTo(formPath);
        assertThat(page.selectFirst("script[src*=/js/limits.js]")).isNotNull();
    }

    private static void assertWarnedWithoutStackTrace(CapturedOutput output, String message) {
        String line = output.getOut().lines().filter(l -> l.contains(message)).findFirst().orElse(null);
        assertThat(line).as("the log's line for " + message).isNotNull().contains("WARN");
        String after = output.getOut().substring(output.getOut().indexOf(line) + line.length());
        assertThat(after.lines().limit(3)).as("no stack trace after " + message)
                .noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")
                        || l.matches("^[a-z]+(\\.[A-Za-z0-9_$]+)+(Exception|Error)\\b.*"));
    }

    /** The admin's writes refused over that limit in the security log, with the status answered. */
    private long refusalsLogged(String action, String limit) {
        return jdbc.queryForObject("select count(*) from audit_log where kind = 'WRITE' and username = 'admin' "
                + "and action = ? and result = '413' and detail = ?", Long.class, action,
                "refused over a limit: " + limit);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /**
     * A browser on the real port: signed in as the demo admin with its cookies, sending a form as the form's page
     * would (its CSRF token, the page as Referer), following no redirect.
     */
    private final class Browser extends RealPortBrowser {

        Browser() throws Exception {
            super(port);
        }

        /** A token of the signed-in session (the menu's sign-out form carries one). */
        String token() throws Exception {
            return field(get("/").body(), "_csrf");
        }

        HttpResponse<String> postForm(String path, String form, String query) throws Exception {
            String body = "_csrf=" + URLEncoder.encode(token(), StandardCharsets.UTF_8) + "&" + form;
            return client.send(HttpRequest.newBuilder(URI.create(base + path + query))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Referer", base + path)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** A multipart form: the token, {@code parts} (made by {@link #part}), and a photo of {@code size} zeros. */
        HttpResponse<String> postMultipart(String path, String parts, long size, String query) throws Exception {
            String boundary = "----helituan" + System.nanoTime();
            String head = part("_csrf", token()) + parts;
            head = head.replace(PART_START, "--" + boundary + "\r\n");
            StringBuilder start = new StringBuilder(head);
            if (size > 0) {
                start.append("--").append(boundary).append("\r\n")
                        .append("Content-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\"\r\n")
                        .append("Content-Type: image/jpeg\r\n\r\n");
            }
            byte[] first = start.toString().getBytes(StandardCharsets.UTF_8);
            byte[] end = ((size > 0 ? "\r\n" : "") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            long length = first.length + size + end.length;
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                            new SequenceInputStream(new ByteArrayInputStream(first), new ZeroBytes(size)),
                            new ByteArrayInputStream(end))), length);
            return client.send(HttpRequest.newBuilder(URI.create(base + path + query))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Referer", base + path)
                    .POST(body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Where a part starts; replaced by the boundary when the body is made. */
        private static final String PART_START = "\u0000PART\u0000";

        static String part(String name, String value) {
            return PART_START + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
        }
    }
}
