package cn.helituan.persistence.config;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The domain's entities, and the Spring Data repositories that implement the domain's store interfaces (their declared
 * queries read as written: {@link WrittenQueryEnhancerSelector}).
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "cn.helituan.domain")
@EnableJpaRepositories(basePackages = "cn.helituan.persistence",
        queryEnhancerSelector = WrittenQueryEnhancerSelector.class)
public class PersistenceConfiguration {
}
