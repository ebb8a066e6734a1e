package cn.helituan.app.scope;

import java.util.Map;
import java.util.Set;

/**
 * One request a user sends to an endpoint with a record outside their scope, and what must come back: a status
 * among {@code answers}, a page without the {@code hidden} text (when given), and no change to any table.
 */
public record Probe(String user, String method, String url, Map<String, String> params, Set<Integer> answers,
                    String hidden) {

    @Override
    public String toString() {
        return user + " " + method + " " + url;
    }
}
