package cn.helituan.app.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the full-stack tests: the real time unless a test sets another day ({@link #set}) —
 * for rules that depend on the date (an evaluation's deadline), so that a test of 2025's figures still passes in
 * 2030. A test that sets it puts it back ({@link #reset}) when it ends; the tests of one JVM run one at a time.
 */
public class TestClock extends Clock {

    /** The deployment's zone (helituan.time-zone's default), as the application's clock has it — not the JVM's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
