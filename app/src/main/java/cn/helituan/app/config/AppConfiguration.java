package cn.helituan.app.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Application-wide beans: the clock, and JPA auditing (who and when) fed by the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentUser")
@EnableScheduling
class AppConfiguration {

    /**
     * The one clock of the application, in the deployment's time zone ({@code helituan.time-zone}), not the JVM's:
     * "today", this month and this year are read from it ({@code LocalDate.now(clock)}), whatever zone the server
     * runs in.
     */
    @Bean
    Clock clock(@Value("${helituan.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
