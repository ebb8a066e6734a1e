package cn.helituan.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The first-segment look-up answers every request as Spring MVC's own mapping does — the same handler, the same path
 * variables, the same refusal (405 with its methods, 415, no handler at all) — over controllers with literal paths,
 * variables, a variable first segment, parameters, media types and overlaps; and it looks at fewer mappings.
 */
class FirstSegmentHandlerMappingTest {

    @Controller
    @RequestMapping("/teams")
    static class Teams {
        @GetMapping String list() { return "list"; }
        @GetMapping("/new") String form() { return "form"; }
        @GetMapping("/{id}") String show(@PathVariable long id) { return "show"; }
        @PostMapping("/{id}") String update(@PathVariable long id) { return "update"; }
        @GetMapping(path = "/{id}", params = "export") String export(@PathVariable long id) { return "export"; }
        @PostMapping(path = "/{id}/photos", consumes = "multipart/form-data") String upload() { return "upload"; }
        @GetMapping("/{id}/members/{member}") String member() { return "member"; }
    }

    @Controller
    static class Elsewhere {
        @GetMapping("/{slug}/about") String about() { return "about"; }
        @GetMapping("/t*/legacy") String legacy() { return "legacy"; }
        @GetMapping({"/rounds/{id}", "/contests/{id}"}) String round() { return "round"; }
        @GetMapping("/") String home() { return "home"; }
    }

    private final RequestMappingHandlerMapping spring = mapping(new RequestMappingHandlerMapping());
    private final RequestMappingHandlerMapping indexed = mapping(new FirstSegmentHandlerMapping());

    @Test
    void everyRequestGetsSpringMvcsAnswer() {
        List<MockHttpServletRequest> requests = List.of(
                get("/teams"), get("/teams/new"), get("/teams/7"), request("POST", "/teams/7"),
                export(), request("DELETE", "/teams/7"), request("OPTIONS", "/teams/7"),
                multipart("/teams/7/photos", "multipart/form-data"), multipart("/teams/7/photos", "text/plain"),
                get("/teams/7/members/9"), get("/teams/7/nothing"), get("/nothing/here"), get("/zzz/about"),
                get("/teams/about"), get("/tx/legacy"), get("/teams/legacy"), get("/rounds/3"), get("/contests/4"),
                get("/"), get("/te%61ms/7"), get("/teams;v=1/7"), get("/TEAMS/7"), get("/css/app.css"));
        for (MockHttpServletRequest request : requests) {
            assertThat(answer(indexed, copy(request))).as(request.getMethod() + " " + request.getRequestURI())
                    .isEqualTo(answer(spring, copy(request)));
        }
        assertThat(answer(indexed, get("/teams/7"))).isEqualTo("show {id=7}");
        assertThat(answer(indexed, request("DELETE", "/teams/7")))
                .isEqualTo("HttpRequestMethodNotSupportedException [GET, POST]");
        assertThat(answer(indexed, multipart("/teams/7/photos", "text/plain")))
                .isEqualTo("HttpMediaTypeNotSupportedException");
        assertThat(answer(indexed, get("/zzz/about"))).isEqualTo("about {slug=zzz}");
        assertThat(answer(indexed, get("/nothing/here"))).isEqualTo("none");
    }

    @Test
    void aPathWithAVariableIsTriedAgainstItsFirstSegmentsMappingsOnly() {
        int[] tried = {0};
        RequestMappingHandlerMapping counting = mapping(new FirstSegmentHandlerMapping() {
            @Override
            protected org.springframework.web.servlet.mvc.method.RequestMappingInfo getMatchingMapping(
                    org.springframework.web.servlet.mvc.method.RequestMappingInfo info, HttpServletRequest request) {
                tried[0]++;
                return super.getMatchingMapping(info, request);
            }
        });
        assertThat(answer(counting, get("/rounds/3"))).isEqualTo("round {id=3}");
        // the round's mapping, and the three whose first segment is a variable, a wildcard or the root
        assertThat(tried[0]).isEqualTo(4);
    }

    /** Handler method and path variables, the refusal's exception (a 405's methods in any order), or "none". */
    private static String answer(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            HandlerMethod method = (HandlerMethod) chain.getHandler();
            Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            return method.getMethod().getName()
                    + (variables instanceof Map<?, ?> map && !map.isEmpty() ? " " + map : "");
        } catch (Exception e) {
            String name = e.getClass().getSimpleName();
            return e instanceof org.springframework.web.HttpRequestMethodNotSupportedException m
                    ? name + " " + java.util.Arrays.stream(m.getSupportedMethods()).sorted().toList() : name;
        }
    }

    private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("teams", Teams.class);
        context.registerSingleton("elsewhere", Elsewhere.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static MockHttpServletRequest get(String path) {
        return request("GET", path);
    }

    private static MockHttpServletRequest export() {
        MockHttpServletRequest request = get("/teams/7");
        request.setParameter("export", "");
        return request;
    }

    private static MockHttpServletRequest multipart(String path, String contentType) {
        MockHttpServletRequest request = request("POST", path);
        request.setContentType(contentType);
        return request;
    }

    private static MockHttpServletRequest request(String method, String path) {
        return new MockHttpServletRequest(method, path);
    }

    private static MockHttpServletRequest copy(HttpServletRequest original) {
        MockHttpServletRequest request = request(original.getMethod(), original.getRequestURI());
        request.setContentType(original.getContentType());
        original.getParameterMap().forEach(request::setParameter);
        return request;
    }
}
