package cn.helituan.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.FullStackTest;
import jakarta.servlet.Filter;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions outlive the instance that made them (issue 24): a sign-in through the running server's HTTP port (a
 * browser's cookie, no test transport) is found by a second Spring Session repository built over the same database
 * — what another application instance has — by its id and by the account's name, signed in as that account; and the
 * cookie opens the dashboard. (bench/two-instances.sh shows the same with two processes behind nginx.)
 */
class SharedSessionsTest extends FullStackTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcIndexedSessionRepository sessions;
    @Autowired
    @Qualifier("sessionReadOnce")
    Filter sessionReadOnce;

    private HttpClient http;
    private String base;

    /** Signs in as the sub-team leader through the HTTP port in a new browser; answers the session's id. */
    private String signIn() throws Exception {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        return signInAgain();
    }

    /** Signs in as the sub-team leader in the current browser (signed in already or not); answers the session's id. */
    private String signInAgain() throws Exception {
        CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
        base = "http://127.0.0.1:" + port;
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=subteam&password=demo1234&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
        HttpCookie cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .findFirst().orElseThrow();
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void save(Session session) {
        ((SessionRepository) sessions).save(session);
    }

    private HttpResponse<String> open(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSessionMadeHereIsFoundByAnotherInstancesRepository() throws Exception {
        String id = signIn();
        JdbcIndexedSessionRepository another = new JdbcIndexedSessionRepository(jdbc,
                new TransactionTemplate(transactions));
        Session found = another.findById(id);
        assertThat(found).as("the other instance finds the session").isNotNull();
        SecurityContext context = found.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo("subteam");
        assertThat(another.findByIndexNameAndIndexValue(
                FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "subteam")).containsKey(id);

        HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
    }

    /**
     * Pages within a minute of each other leave the session's row as it is (issue 25: no write and no wait for the
     * disk per page); a page a minute or more after the stored last request moves it (the idle timeout runs from
     * there); a session ended elsewhere (强制下线 through another instance) is refused at its next page, which reads
     * the mark from the session it has just loaded.
     */
    @Test
    void anAttributeTwoRequestsOfOneSessionAddAtOnceIsWrittenOnceNotRefused() throws Exception {
        String id = signIn();
        // two requests of the session, each with its copy read before either saved
        SessionRepository<?> store = sessions;
        Session page = store.findById(id);
        Session fragment = store.findById(id);
        page.setAttribute("helituan.test.shown", "page");
        fragment.setAttribute("helituan.test.shown", "fragment");
        save(page);
        save(fragment);   // a duplicate key (a 500) before SessionTouch.CREATE_ATTRIBUTE
        assertThat(store.findById(id).<String>getAttribute("helituan.test.shown")).isEqualTo("fragment");
        assertThat(jdbc.queryForObject("""
                select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.session_id = ? and a.attribute_name = 'helituan.test.shown'""", Long.class, id)).isOne();
        assertThat(open("/").statusCode()).as("the session still serves its pages").isEqualTo(200);
    }

    @Test
    void withinARequestASessionJustSavedIsNotReadAgainFromTheDatabase() throws Exception {
        String id = signIn();
        SessionRepository<?> store = sessions;
        Session[] seen = new Session[2];
        // a page: the view's flush saves the session, the end of the request looks it up again to save it again
        sessionReadOnce.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            seen[0] = store.findById(id);
            save(seen[0]);
            // the row expired behind its back: a second read from the database would find nothing
            jdbc.update("update spring_session set last_access_time = 0 where session_id = ?", id);
            seen[1] = store.findById(id);
        });
        assertThat(seen[1]).as("the session saved a moment ago").isSameAs(seen[0]);
        assertThat(store.findById(id)).as("outside a request, the database's").isNull();
    }

    @Test
    void theSessionRowIsWrittenOnlyWhenItsLastRequestMovesByAMinuteOrAnEndIsRead() throws Exception {
        String id = signIn();
        String version = "select xmin::text || '/' || last_access_time from spring_session where session_id = ?";
        assertThat(open("/dashboard").statusCode()).isEqualTo(200);
        String first = jdbc.queryForObject(version, String.class, id);
        assertThat(open("/todos").statusCode()).isEqualTo(200);
        assertThat(open("/dashboard").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(version, String.class, id)).as("the row after two more pages").isEqualTo(first);

        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.update("update spring_session set last_access_time = ? where session_id = ?", twoMinutesAgo, id);
        assertThat(open("/dashboard").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
                id)).as("the last request, moved").isGreaterThan(twoMinutesAgo + 60_000);

        JdbcIndexedSessionRepository another = new JdbcIndexedSessionRepository(jdbc,
                new TransactionTemplate(transactions));
        new SpringSessionBackedSessionRegistry<>(another).getSessionInformation(id).expireNow();
        HttpResponse<String> ended = open("/dashboard");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).contains("/login");
    }

    /**
     * A browser signed in already that signs in again keeps its session (under a new id) and the account's other
     * sessions end. With a second live session beside it (an end not yet written: another instance's sign-in at the
     * same moment), Spring's limit counted the browser's own session among those beyond the limit and ended it too —
     * the sign-in ended itself (a load test's every page a redirect to the sign-in page).
     */
    @Test
    void aBrowserSigningInAgainKeepsItsSessionAndEndsTheOthers() throws Exception {
        String phone = signIn();
        HttpClient phoneBrowser = http;
        signIn();   // the desk: the phone's session is marked ended
        jdbc.update("""
                delete from spring_session_attributes where attribute_name like '%.EXPIRED' and session_primary_id =
                    (select primary_id from spring_session where session_id = ?)""", phone);

        signInAgain();   // at the desk, signed in: two live sessions beside this one's
        assertThat(open("/dashboard").statusCode()).as("the desk's session goes on").isEqualTo(200);
        HttpResponse<String> ended = phoneBrowser.send(HttpRequest.newBuilder(URI.create(base + "/dashboard"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ended.statusCode()).as("the phone's session ended").isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).contains("/login");
    }
}
