package cn.helituan.persistence;

import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.member.IdNumberColumn;
import cn.helituan.persistence.common.PostgresKeyedReads;
import cn.helituan.persistence.config.PersistenceConfiguration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * The application the persistence tests start: the repositories, the history recorder and reader, the clock, the
 * field cipher, and JPA auditing with a fixed user, {@value #AUDITOR}. {@code @TestComponent} keeps it out of the application's own
 * component scan, which sees this module's test jar in the app module's tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@TestComponent
// the field cipher (no key: ID numbers plain) for the member's ID number column and the member search
@Import({PersistenceConfiguration.class, FieldCipher.class, IdNumberColumn.class, PostgresKeyedReads.class})
@ComponentScan("cn.helituan.persistence.history")
@EnableJpaAuditing(auditorAwareRef = "testAuditor")
public class PersistenceTestApplication {

    /** Who every change in the persistence tests is made by. */
    public static final String AUDITOR = "组织部测试员";

    @Bean
    AuditorAware<String> testAuditor() {
        return () -> Optional.of(AUDITOR);
    }

    /** The application's clock (the deployment's zone), which the searches read "today" from. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
