package cn.helituan.app.support;

import cn.helituan.persistence.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-stack tests: the whole application on a random port, on the test PostgreSQL
 * ({@link TestDatabase}), with the demo county loaded once (accounts admin, subteam, leader, member, secretary,
 * reviewer; password demo1234), with Hibernate's statistics on (tests count the statements of a page). All
 * subclasses share one application context; tests that change data create their own records (unique names) rather than editing the demo ones others rely on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"helituan.demo-data=true", "helituan.dashboard.keep-seconds=0", "helituan.jobs.enabled=false",
                "spring.jpa.properties.hibernate.generate_statistics=true",
                // every test signs in from 127.0.0.1: the address rule (LoginThrottleTest) would soon ask them all
                "helituan.security.address-challenge-after=0",
                "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import({TestClock.Config.class, TestSessions.Config.class})
public abstract class FullStackTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        // the heavy reads' replica (issue 24) is the same database under another name: every test reads the
        // dashboard, lists and exports through the routing (ReadReplicaTest shows which connection served what)
        registry.add("helituan.datasource.replica.url", () -> TestDatabase.get().url()
                + (TestDatabase.get().url().contains("?") ? "&" : "?") + "ApplicationName=helituan-replica");
        registry.add("helituan.datasource.replica.hikari.maximum-pool-size", () -> "4");
        // each cached test context keeps its pool open: the ten connections of before, not the application's twenty
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
    }

}
