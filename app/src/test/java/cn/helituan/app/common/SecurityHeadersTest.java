package cn.helituan.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The headers a security review reads (issue 21): a Content-Security-Policy that lets scripts come only from the
 * product's own files, on the sign-in page and on a signed-in page alike, with framing refused; and no template that
 * would need more — no inline script, no inline event handler, no {@code javascript:} link — so that a page added later
 * cannot quietly break under the policy.
 */
class SecurityHeadersTest extends FullStackTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("[\\s\"',](?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageForbidsScriptsFromAnywhereButTheProductAndFraming() throws Exception {
        for (MockHttpServletResponse response : List.of(
                mvc.perform(get("/login")).andReturn().getResponse(),
                mvc.perform(get("/activities").with(Pages.admin())).andReturn().getResponse())) {
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).contains("default-src 'self'", "script-src 'self';", "object-src 'none'",
                    "frame-ancestors 'none'");
            String scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';',
                    policy.indexOf("script-src")));
            assertThat(scripts).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void noTemplateHasAnInlineScriptOrHandler() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("templates found").hasSizeGreaterThan(50);
        List<String> found = new ArrayList<>();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(INLINE_SCRIPT, HANDLER)) {
                Matcher m = pattern.matcher(html);
                while (m.find()) {
                    found.add(template.getFilename() + ": " + m.group().strip());
                }
            }
            if (html.toLowerCase().contains("javascript:")) {
                found.add(template.getFilename() + ": javascript:");
            }
        }
        assertThat(found).isEmpty();
    }
}
