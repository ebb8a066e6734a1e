package cn.helituan.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An address whose parameter cannot be read is a 400 naming the parameter and why, never the 500 page. The pages are
 * found, not listed: every GET endpoint of our controllers (the API answers JSON of its own), each of its typed
 * parameters — a {@code @RequestParam} or a property of a parameters object ({@code ActivityParams},
 * {@code DemandParams}, {@code BoardParams}…) — sent as {@code abc}.
 */
class BadParametersTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aPageFarPastTheLastIsAnEmptyPageNotAFailure() throws Exception {
        for (String url : List.of("/members?page=2000000000", "/demands?page=2000000000",
                "/contests/year-end?page=2000000000", "/activities?page=2000000000")) {
            assertThat(mvc.perform(get(url).with(Pages.admin())).andReturn().getResponse().getStatus()).as(url)
                    .isEqualTo(200);
        }
    }

    @Test
    void aBadDateInTheActivityFilterIsSaidOnThePage() throws Exception {
        MvcResult result = mvc.perform(get("/activities").param("from", "abc").with(Pages.admin())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString())
                .contains("开始日期：abc 不是有效日期（如 2026-02-28）");

        result = mvc.perform(get("/activities").param("from", "2026-02-30").param("to", "x").with(Pages.admin()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString())
                .contains("开始日期：2026-02-30 不是有效日期（如 2026-02-28）", "结束日期：x 不是有效日期");

        result = mvc.perform(get("/activities").param("from", "abc").param("lang", "en").with(Pages.admin()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString())
                .contains("From: abc is not a valid date (e.g. 2026-02-28)");
    }

    @Test
    void anUnreadableIdInThePathIsNoRecord() throws Exception {
        assertThat(mvc.perform(get("/activities/abc").with(Pages.admin())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        // the background jobs' pages (issue 20) likewise: no record, never the error page
        for (String url : List.of("/imports/abc/progress", "/exports/abc", "/exports/abc/progress",
                "/exports/abc/file")) {
            // the security log is the auditor's alone (三员分立: the org admin is refused it)
        MvcResult result = mvc.perform(get(url).with(url.startsWith("/audit")
                ? org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("auditor").roles("AUDITOR") : Pages.admin())).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).as(url).isNotBlank();
        }
    }

    @TestFactory
    List<DynamicTest> everyTypedParameterOfEveryPageRefusesAnUnreadableValueWithItsName() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, DynamicTest> unique = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!pageOfOurs(info, handler)) {
                return;
            }
            String path = info.getPathPatternsCondition().getPatternValues().iterator().next()
                    .replaceAll("\\{[^}]+}", "1");
            for (MethodParameter parameter : handler.getMethodParameters()) {
                for (Map.Entry<String, Class<?>> typed : typedNames(parameter).entrySet()) {
                    String url = path + "?" + typed.getKey() + "=abc";
                    boolean ownForm = bindingResultAfter(handler, parameter);
                    unique.putIfAbsent(url, DynamicTest.dynamicTest(url, () -> refused(url, typed.getKey(), ownForm)));
                }
            }
        });
        tests.addAll(unique.values());
        assertThat(tests).as("the list pages' filters are found").hasSizeGreaterThan(40);
        assertThat(unique).containsKeys("/activities?from=abc", "/demands?status=abc", "/plans?year=abc",
                "/members?unit=abc", "/relationships/list?state=abc", "/objects?kind=abc", "/dashboard?year=abc",
                "/notifications?page=abc", "/evaluations/1?grade=abc");
        return tests;
    }

    private void refused(String url, String name, boolean ownForm) throws Exception {
        // the security log is the auditor's alone (三员分立: the org admin is refused it)
        MvcResult result = mvc.perform(get(url).with(url.startsWith("/audit")
                ? org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("auditor").roles("AUDITOR") : Pages.admin())).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
        String page = result.getResponse().getContentAsString();
        if (ownForm) {
            // the page's own form says it on the field
            assertThat(page).as(url).contains("is-invalid", "invalid-feedback");
        } else {
            String label = messages.getMessage("param." + name, null, name, Locale.SIMPLIFIED_CHINESE);
            assertThat(label).as("a label for " + name).isNotEqualTo(name);
            assertThat(page).as(url).contains(label + "：abc ");
        }
    }

    private static boolean pageOfOurs(RequestMappingInfo info, HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("cn.helituan.web")
                && !handler.getBeanType().isAnnotationPresent(RestController.class)
                && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                && info.getPathPatternsCondition() != null;
    }

    /** The parameter's names that take a typed value (not text, not a file), with their types. */
    private static Map<String, Class<?>> typedNames(MethodParameter parameter) {
        Map<String, Class<?>> names = new TreeMap<>();
        Class<?> type = parameter.getParameterType();
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            if (typed(type) && !Map.class.isAssignableFrom(type)) {
                names.put(name, type);
            }
        } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                || type.getName().startsWith("cn.helituan.web") && !type.isEnum()) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (typed(component.getType())) {
                        names.put(component.getName(), component.getType());
                    }
                }
            } else {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null && typed(property.getPropertyType())) {
                        names.put(property.getName(), property.getPropertyType());
                    }
                }
            }
        }
        return names;
    }

    private static boolean typed(Class<?> type) {
        return type != String.class && !MultipartFile.class.isAssignableFrom(type) && !List.class.isAssignableFrom(type)
                && (type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type.getName().startsWith("java.time"));
    }

    private static boolean bindingResultAfter(HandlerMethod handler, MethodParameter parameter) {
        MethodParameter[] all = handler.getMethodParameters();
        int next = parameter.getParameterIndex() + 1;
        return next < all.length && BindingResult.class.isAssignableFrom(all[next].getParameterType());
    }
}
