package cn.helituan.persistence.config;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.cfg.MappingSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The domain's entities, and the Spring Data repositories that implement the domain's store interfaces (their declared
 * queries read as written: {@link WrittenQueryEnhancerSelector}).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import({cn.helituan.persistence.storage.StorageConfiguration.class,
        ReadReplicaConfiguration.class})
@EntityScan(basePackages = "cn.helituan.domain")
@EnableJpaRepositories(basePackages = "cn.helituan.persistence",
        queryEnhancerSelector = WrittenQueryEnhancerSelector.class)
public class PersistenceConfiguration {

    /**
     * Part of the mapping, so set here for the application and every test slice alike: the pooled sequence ids of
     * {@code AuditedEntity} come from each table's own {@code <table>_id_seq} ({@link TableIdSequences}).
     */
    @Bean
    HibernatePropertiesCustomizer tableIdSequences() {
        return properties -> properties.put(MappingSettings.ID_DB_STRUCTURE_NAMING_STRATEGY,
                TableIdSequences.class.getName());
    }

    /** SQL that sees what JPA saved before it in the same transaction ({@link FlushingJdbcTemplate}). */
    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource, EntityManagerFactory emf) {
        return new FlushingJdbcTemplate(dataSource, emf);
    }
}
