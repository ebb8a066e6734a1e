package cn.helituan.web.config;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler mapping, looking a path with a variable up among the mappings of its first segment only.
 *
 * <p>Spring MVC finds a literal path ({@code /cross-teams}) in a map, but any other ({@code /cross-teams/2601}) by
 * testing every one of the application's ~360 mappings in turn (method, path pattern, parameters): about a tenth of
 * the CPU of a team's or a round's page (JFR, docs/performance.md). A mapping whose every pattern starts with a
 * literal segment can only match a path with that first segment, so the same test over the mappings of the path's
 * first segment, and those whose pattern starts with a variable or a wildcard, finds the same matches; they are
 * sorted and chosen as Spring MVC does ({@code AbstractHandlerMethodMapping.lookupHandlerMethod}), and without a
 * match the same mappings decide between 404, 405 and 415 ({@code handleNoMatch}: a partial match needs the pattern
 * to match). Literal paths and CORS pre-flight requests are left to Spring MVC unchanged.
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    private volatile @Nullable Index index;

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        Index current = index();
        if (current == null || CorsUtils.isPreFlightRequest(request) || current.literalPaths.contains(lookupPath)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<Registered> candidates = current.candidates(firstSegment(request));
        List<Candidate> matches = new ArrayList<>(2);
        collect(candidates, matches, request);
        if (matches.isEmpty()) {
            // 405, 415, 400 from the mappings whose pattern matched: only candidates can
            Set<RequestMappingInfo> infos = new LinkedHashSet<>();
            candidates.forEach(c -> infos.add(c.info));
            return handleNoMatch(infos, lookupPath, request);
        }
        Candidate best = matches.get(0);
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> byRequest = getMappingComparator(request);
            Comparator<Candidate> comparator = (a, b) -> byRequest.compare(a.match, b.match);
            matches.sort(comparator);
            best = matches.get(0);
            if (comparator.compare(best, matches.get(1)) == 0) {
                Method m1 = best.handler.getMethod();
                Method m2 = matches.get(1).handler.getMethod();
                throw new IllegalStateException("Ambiguous handler methods mapped for '" + request.getRequestURI()
                        + "': {" + m1 + ", " + m2 + "}");
            }
        }
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler);
        handleMatch(best.match, lookupPath, request);
        return best.handler;
    }

    private void collect(List<Registered> mappings, List<Candidate> matches, HttpServletRequest request) {
        for (Registered mapping : mappings) {
            RequestMappingInfo match = getMatchingMapping(mapping.info, request);
            if (match != null) {
                matches.add(new Candidate(match, mapping.handler));
            }
        }
    }

    // a mapping added or removed at run time: the index is built again (dropped before, so that no look-up during
    // the change keeps using it, and after, so that none built during the change survives it)
    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        index = null;
        super.registerMapping(mapping, handler, method);
        index = null;
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        index = null;
        super.registerHandlerMethod(handler, method, mapping);
        index = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        index = null;
        super.unregisterMapping(mapping);
        index = null;
    }

    /** Built once after the mappings are registered (and again after one is added or removed at run time). */
    private @Nullable Index index() {
        Index current = index;
        if (current == null && getPatternParser() != null && getPatternParser().isCaseSensitive()) {
            current = Index.of(getHandlerMethods());
            index = current;
        }
        return current;
    }

    /** The path's first segment as the patterns compare it: decoded, without matrix variables; "" for "/". */
    private static String firstSegment(HttpServletRequest request) {
        for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(request)
                .pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                return segment.valueToMatch();
            }
        }
        return "";
    }

    private record Registered(RequestMappingInfo info, HandlerMethod handler) {
    }

    private record Candidate(RequestMappingInfo match, HandlerMethod handler) {
    }

    /**
     * The mappings by the literal first segment of their patterns; {@code anywhere}: those with a pattern that does
     * not start with one (a variable, a wildcard, the root), tried for every path, in registration order.
     */
    private record Index(Map<String, List<Registered>> bySegment, List<Registered> anywhere,
                         Set<String> literalPaths) {

        static Index of(Map<RequestMappingInfo, HandlerMethod> mappings) {
            Map<String, List<Registered>> bySegment = new HashMap<>();
            List<Registered> anywhere = new ArrayList<>();
            Set<String> literalPaths = new HashSet<>();
            mappings.forEach((info, handler) -> {
                Registered registered = new Registered(info, handler);
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                Set<String> segments = new HashSet<>();
                boolean everywhere = paths == null || paths.getPatterns().isEmpty();
                if (paths != null) {
                    literalPaths.addAll(paths.getDirectPaths());
                    for (PathPattern pattern : paths.getPatterns()) {
                        String segment = literalFirstSegment(pattern.getPatternString());
                        if (segment == null) {
                            everywhere = true;
                        } else {
                            segments.add(segment);
                        }
                    }
                }
                if (everywhere) {
                    anywhere.add(registered);
                } else {
                    segments.forEach(s -> bySegment.computeIfAbsent(s, k -> new ArrayList<>()).add(registered));
                }
            });
            return new Index(Map.copyOf(bySegment), List.copyOf(anywhere), Set.copyOf(literalPaths));
        }

        List<Registered> candidates(String segment) {
            List<Registered> own = bySegment.getOrDefault(segment, List.of());
            if (anywhere.isEmpty()) {
                return own;
            }
            List<Registered> all = new ArrayList<>(own.size() + anywhere.size());
            all.addAll(own);
            all.addAll(anywhere);
            return all;
        }

        /** "cross-teams" for "/cross-teams/{id}"; null when the first segment is not plain text. */
        static @Nullable String literalFirstSegment(String pattern) {
            String path = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            int slash = path.indexOf('/');
            String segment = slash < 0 ? path : path.substring(0, slash);
            if (segment.isEmpty() || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0
                    || segment.indexOf('?') >= 0 || segment.indexOf(';') >= 0 || segment.indexOf('%') >= 0) {
                return null;
            }
            return segment;
        }
    }
}
