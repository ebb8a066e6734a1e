package cn.helituan.app.scope;

import java.util.Map;
import java.util.Set;

/**
 * One request a user sends to an endpoint with a record outside their scope, and what must come back: a status
 * among {@code answers}, a page without the {@code hidden} text (when given), and no change to any table.
 */
public record Probe(String user, String method, String url, Map<String, String> params, Set<Integer> answers,
                    String hidden) {

    /**
     * A parameter of this name is the request's Content-Type, not a parameter: for an endpoint chosen by what the
     * request's body is (the check-in's photo as the body, or its form); a probe without it sends none, which Spring
     * MVC takes for {@code application/octet-stream}.
     */
    public static final String CONTENT_TYPE = "Content-Type";

    @Override
    public String toString() {
        return user + " " + method + " " + url;
    }
}
