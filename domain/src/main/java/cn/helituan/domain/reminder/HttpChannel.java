package cn.helituan.domain.reminder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The outbound channel of a county's SMS gateway or government messaging platform ({@code
 * helituan.reminders.channel=http}): each reminder is one {@code POST} of a JSON object to {@code
 * helituan.reminders.http.url} — {@code {"reminder":…,"account":…,"name":"…","mobile":"…","text":"…","link":"…"}} —
 * with the token in the header {@code helituan.reminders.http.token-header} (default {@code Authorization}, the value
 * as configured, e.g. {@code Bearer …}). A 2xx answer is sent; any other answer, a timeout or a refused connection
 * is a failure, recorded with its reason on the reminder. The JDK's {@link HttpClient}: nothing else to deploy.
 */
@Component
@ConditionalOnProperty(name = "helituan.reminders.channel", havingValue = "http")
public class HttpChannel implements OutboundChannel {

    private final URI url;
    private final String tokenHeader;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;

    public HttpChannel(@Value("${helituan.reminders.http.url:}") String url,
                       @Value("${helituan.reminders.http.token-header:Authorization}") String tokenHeader,
                       @Value("${helituan.reminders.http.token:}") String token,
                       @Value("${helituan.reminders.http.connect-timeout:5s}") Duration connectTimeout,
                       @Value("${helituan.reminders.http.timeout:10s}") Duration timeout) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "helituan.reminders.channel=http needs helituan.reminders.http.url (the gateway's address)");
        }
        this.url = URI.create(url.strip());
        this.tokenHeader = tokenHeader;
        this.token = token;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public void send(Outbound message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json(message), StandardCharsets.UTF_8));
        if (token != null && !token.isBlank()) {
            request.header(tokenHeader, token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new IllegalStateException("HTTP " + response.statusCode()
                    + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) : body)));
        }
    }

    /** The request's body: a flat JSON object of the message's fields. */
    static String json(Outbound m) {
        return "{\"reminder\":" + m.reminderId() + ",\"account\":" + m.accountId() + ",\"name\":" + string(m.name())
                + ",\"mobile\":" + string(m.mobile()) + ",\"text\":" + string(m.text()) + ",\"link\":"
                + string(m.link()) + "}";
    }

    private static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
