package cn.helituan.app.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The test of the scope test: an endpoint without a probe is named, and the scope test's assertion fails on it. */
class ProbeCoverageTest {

    /** A feature with three endpoints. */
    @Controller
    static class ThingController {

        @GetMapping("/things/{id}")
        String show(@PathVariable long id) {
            return "things/show";
        }

        @GetMapping(value = "/things/{id}", params = "view=timeline")
        String timeline(@PathVariable long id) {
            return "things/timeline";
        }

        @PostMapping("/things/{id}/archive")
        String archive(@PathVariable long id) {
            return "redirect:/things";
        }
    }

    private static ProbeCoverage coverageOf(Class<?> controller) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(controller);
            context.registerBean("mappings", RequestMappingHandlerMapping.class);
            context.refresh();
            return new ProbeCoverage(context.getBean(RequestMappingHandlerMapping.class).getHandlerMethods(),
                    "cn.helituan.app.scope.");
        }
    }

    @Test
    void anEndpointWithoutAProbeIsMissing() {
        ProbeCoverage coverage = coverageOf(ThingController.class);
        assertThat(coverage.size()).isEqualTo(3);
        List<Probe> probes = new ProbeSet().refused("GET", "/things/7").probes();

        Set<String> missing = coverage.missing(probes);

        assertThat(missing).hasSize(2);
        assertThat(missing).anySatisfy(m -> assertThat(m).contains("/things/{id}/archive", "ThingController.archive"));
        assertThat(missing).anySatisfy(m -> assertThat(m).contains("view=timeline", "ThingController.timeline"));
        // the scope test's own assertion, failing as it would on a real controller
        assertThatThrownBy(() -> assertThat(coverage.missing(probes)).as("endpoints without a scope probe").isEmpty())
                .isInstanceOf(AssertionError.class).hasMessageContaining("ThingController.archive");
    }

    @Test
    void aProbeReachesTheEndpointSpringWouldChoose() {
        ProbeCoverage coverage = coverageOf(ThingController.class);
        List<Probe> probes = new ProbeSet()
                .refused("GET", "/things/7?view=timeline")
                .refused("GET", "/things/7")
                .refused("POST", "/things/7/archive", "version", "3")
                .probes();

        assertThat(coverage.missing(probes)).isEmpty();
        assertThat(coverage.missing(new ProbeSet().refused("GET", "/things/7?view=timeline").probes()))
                .anySatisfy(m -> assertThat(m).contains("ThingController.show"))
                .noneSatisfy(m -> assertThat(m).contains("ThingController.timeline"));
        assertThat(coverage.missing(new ProbeSet().refused("GET", "/things/7/archive").probes()))
                .as("a GET does not reach a POST endpoint").hasSize(3);
    }
}
