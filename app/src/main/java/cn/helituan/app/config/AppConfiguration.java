package cn.helituan.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Application-wide beans: the clock, and JPA auditing (who and when) fed by the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentUser")
class AppConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
