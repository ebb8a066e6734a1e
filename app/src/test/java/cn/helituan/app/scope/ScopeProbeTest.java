package cn.helituan.app.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.FullStackTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of every feature, probed by the users it must refuse (the features' {@link FeatureProbes}): the
 * status is one the probe allows, the page does not show the record, and no table changed. The last test fails when
 * an endpoint of our controllers has no probe.
 */
class ScopeProbeTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesWhatIsOutsideTheScope() throws ClassNotFoundException {
        List<Probe> probes = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : featureProbes()) {
            FeatureProbes feature = (FeatureProbes) beans.createBean(type);
            for (Probe probe : feature.probes()) {
                probes.add(probe);
                tests.add(DynamicTest.dynamicTest(type.getSimpleName() + ": " + probe, () -> send(probe)));
            }
        }
        ProbeCoverage coverage = new ProbeCoverage(mappings.getHandlerMethods(), "cn.helituan.web.");
        tests.add(DynamicTest.dynamicTest("every endpoint has a probe", () -> {
            assertThat(coverage.size()).as("endpoints found").isGreaterThan(150);
            assertThat(coverage.missing(probes)).as("endpoints without a scope probe").isEmpty();
        }));
        return tests.stream();
    }

    static List<Class<?>> featureProbes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(FeatureProbes.class));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.helituan.app")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        found.sort(java.util.Comparator.comparing(Class::getName));
        return found;
    }

    private void send(Probe probe) throws Exception {
        String role = jdbc.queryForObject("select role from account where username = ?", String.class, probe.user());
        String before = fingerprint();
        MockHttpServletRequestBuilder request = probe.method().equals("GET") ? get(probe.url()) : post(probe.url());
        probe.params().forEach((name, value) -> {
            if (name.equals(Probe.CONTENT_TYPE)) {
                request.contentType(value);
            } else {
                request.param(name, value);
            }
        });
        MockHttpServletResponse response = mvc.perform(request.with(user(probe.user()).roles(role)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("%s answered", probe).isIn(probe.answers());
        if (probe.hidden() != null) {
            assertThat(shown(response)).as("%s shows", probe).doesNotContain(probe.hidden());
        }
        assertThat(fingerprint()).as("the data after %s", probe).isEqualTo(before);
    }

    private List<String> tables;

    /**
     * What the answer shows: the page, or an Excel file's text (its XML parts unzipped: a workbook is a zip, whose
     * bytes could never contain the hidden name even when a cell does).
     */
    private static String shown(MockHttpServletResponse response) throws java.io.IOException {
        String type = response.getContentType();
        if (type == null || !type.contains("spreadsheetml")) {
            return response.getContentAsString();
        }
        StringBuilder text = new StringBuilder();
        // through the zip's central directory: a streamed workbook's entries carry their sizes only there
        java.nio.file.Path file = java.nio.file.Files.createTempFile("probe", ".xlsx");
        try (var zip = new java.util.zip.ZipFile(java.nio.file.Files.write(file, response.getContentAsByteArray())
                .toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                if (entry.getName().endsWith(".xml")) {
                    try (var in = zip.getInputStream(entry)) {
                        text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(text).as("the workbook's parts").isNotEmpty();
        return text.toString();
    }

    /**
     * Every table's row count and the sum of its rows' transaction ids: any insert, update or delete changes it. Not
     * the sign-in failure counts ({@code login_failure}): a refused guess of the current password is counted there on
     * purpose (LoginThrottle), and it is no record of anybody's; nor the security log ({@code audit_log}), which
     * records every write attempt, refused ones included, on purpose. Nor the HTTP sessions ({@code spring_session}
     * and its attributes, V65): any request may open or touch one (a form's CSRF token, the last access).
     */
    private String fingerprint() {
        if (tables == null) {
            tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                    + "'public' and table_type = 'BASE TABLE' and table_name not in ('login_failure', 'audit_log',"
                    + " 'spring_session', 'spring_session_attributes') order by table_name",
                    String.class);
        }
        // joined with ||, not concat_ws: a function takes at most 100 arguments, and there are more tables
        String sql = "select " + tables.stream()
                .map(table -> "(select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from " + table + ")")
                .collect(java.util.stream.Collectors.joining(" || '|' || "));
        return jdbc.queryForObject(sql, String.class);
    }

}
