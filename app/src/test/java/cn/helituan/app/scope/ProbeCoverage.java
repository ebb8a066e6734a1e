package cn.helituan.app.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Which controller endpoints the probes reach: each probe is matched to the mapping Spring MVC would choose for it
 * (method, path pattern, parameters), without sending it; an endpoint no probe matches is missing.
 */
final class ProbeCoverage {

    private final Map<RequestMappingInfo, HandlerMethod> endpoints;

    /** The endpoints of our own controllers ({@code packagePrefix}) among the application's mappings. */
    ProbeCoverage(Map<RequestMappingInfo, HandlerMethod> mappings, String packagePrefix) {
        this.endpoints = new java.util.LinkedHashMap<>();
        mappings.forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith(packagePrefix)) {
                endpoints.put(info, handler);
            }
        });
    }

    int size() {
        return endpoints.size();
    }

    /** The endpoint a request would reach, if any. */
    Optional<RequestMappingInfo> endpointOf(String method, String url, Map<String, String> params) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        params.forEach((name, value) -> {
            if (name.equals(Probe.CONTENT_TYPE)) {
                request.setContentType(value);
            } else {
                request.addParameter(name, value);
            }
        });
        ServletRequestPathUtils.parseAndCache(request);
        List<RequestMappingInfo> matches = new ArrayList<>();
        for (RequestMappingInfo info : endpoints.keySet()) {
            RequestMappingInfo match = info.getMatchingCondition(request);
            if (match != null) {
                matches.add(info);
            }
        }
        return matches.stream().min(Comparator.comparing(info -> info.getMatchingCondition(request),
                (a, b) -> a.compareTo(b, request)));
    }

    /** The endpoints none of the probes reaches, as "GET [/x/{id}] Controller.method". */
    Set<String> missing(Collection<Probe> probes) {
        Set<RequestMappingInfo> reached = new java.util.HashSet<>();
        for (Probe probe : probes) {
            endpointOf(probe.method(), probe.url(), probe.params()).ifPresent(reached::add);
        }
        Set<String> missing = new TreeSet<>();
        endpoints.forEach((info, handler) -> {
            if (!reached.contains(info)) {
                missing.add(describe(info, handler));
            }
        });
        return missing;
    }

    static String describe(RequestMappingInfo info, HandlerMethod handler) {
        return info.getMethodsCondition() + " " + info.getPathPatternsCondition() + " "
                + info.getParamsCondition() + " " + handler.getBeanType().getSimpleName() + "."
                + handler.getMethod().getName();
    }
}
