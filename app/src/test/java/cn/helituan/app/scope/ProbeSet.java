package cn.helituan.app.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a feature's probes. The outsiders are demo accounts whose scope leaves out the welfare sub-team's medical
 * group and every record of it: {@code subteam} (the industry sub-team's leader), {@code leader} and {@code member}
 * (the tea group's leader and a plain member) and {@code secretary} (青山村's first secretary).
 */
public final class ProbeSet {

    public static final List<String> OUTSIDERS = List.of("subteam", "leader", "member", "secretary");
    /** Refused, or not found: the answer for a record outside the scope (the same as for a missing record). */
    public static final Set<Integer> REFUSED = Set.of(403, 404);
    /**
     * A write naming something outside the scope in a field may come back as the form with that field's message
     * (200), or refused: either way nothing is written.
     */
    public static final Set<Integer> NOT_WRITTEN = Set.of(200, 400, 403, 404, 409);

    private final List<Probe> probes = new ArrayList<>();

    /** Every outsider sends it and is refused. */
    public ProbeSet refused(String method, String url, String... params) {
        return send(OUTSIDERS, method, url, REFUSED, null, params);
    }

    /** These users send it and are refused. */
    public ProbeSet refused(List<String> users, String method, String url, String... params) {
        return send(users, method, url, REFUSED, null, params);
    }

    /** Every outsider sends it; whatever the answer, nothing is written. */
    public ProbeSet notWritten(String method, String url, String... params) {
        return send(OUTSIDERS, method, url, NOT_WRITTEN, null, params);
    }

    /** A page every outsider may open (a list, their own home): it answers 200 and does not show {@code hidden}. */
    public ProbeSet shownWithout(String url, String hidden) {
        return send(OUTSIDERS, "GET", url, Set.of(200), hidden);
    }

    /** These users open the page: 200, without {@code hidden}. */
    public ProbeSet shownWithout(List<String> users, String url, String hidden) {
        return send(users, "GET", url, Set.of(200), hidden);
    }

    public ProbeSet send(List<String> users, String method, String url, Set<Integer> answers, String hidden,
                         String... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs: " + url);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        for (String user : users) {
            probes.add(new Probe(user, method, url, Map.copyOf(map), answers, hidden));
        }
        return this;
    }

    public List<Probe> probes() {
        return List.copyOf(probes);
    }
}
