package cn.helituan.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.FullStackTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages and styles travel compressed to a browser that asks for it (issue 25: a province's dashboard is tens of
 * kilobytes, over slow links to villages), and as they are to one that does not.
 */
class CompressionTest extends FullStackTest {

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aBrowserThatAsksGetsThePageAndItsStylesCompressed() throws Exception {
        HttpResponse<byte[]> plain = get("/login", false);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        String page = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<form");

        HttpResponse<byte[]> compressed = get("/login", true);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            String unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(unzipped).contains("<form", "name=\"username\"");
        }
        assertThat(compressed.body().length).isLessThan(plain.body().length);

        HttpResponse<byte[]> styles = get("/css/app.css", true);
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
