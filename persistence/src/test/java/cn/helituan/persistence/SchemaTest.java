package cn.helituan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class SchemaTest extends PersistenceTest {

    @Autowired
    private EntityManagerFactory emf;

    @Test
    void everyMigrationIsApplied() throws IOException {
        List<String> files = Arrays.stream(
                        new PathMatchingResourcePatternResolver()
                                .getResources("classpath*:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                .sorted(Comparator.comparingInt(Integer::parseInt))
                .toList();
        assertThat(files).startsWith("1", "2", "3", "4");
        assertThat(jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class))
                .containsExactlyElementsOf(files);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
                .isZero();
    }

    /**
     * The schema holds exactly the tables the migrations create (found in their text, not listed here), and every
     * table an entity or a collection maps is among them; Hibernate validated the mapping against it.
     */
    @Test
    void hibernateValidatedTheMappingAgainstTheMigratedSchema() throws IOException {
        assertThat(emf.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile(
                "(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        Pattern drop = Pattern.compile(
                "(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        for (Resource migration : migrations()) {
            String sql = migration.getContentAsString(StandardCharsets.UTF_8);
            create.matcher(sql).results().forEach(m -> created.add(m.group(1).toLowerCase()));
            drop.matcher(sql).results().forEach(m -> created.remove(m.group(1).toLowerCase()));
        }
        assertThat(created).as("tables the migrations create").hasSizeGreaterThan(40).contains("unit", "member");
        assertThat(jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'""", String.class))
                .containsExactlyInAnyOrderElementsOf(created);

        Set<String> mapped = new TreeSet<>();
        var metamodel = emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        metamodel.forEachEntityDescriptor(entity -> mapped.add(
                ((AbstractEntityPersister) entity).getTableName()));
        metamodel.forEachCollectionDescriptor(collection -> mapped.add(
                ((AbstractCollectionPersister) collection).getTableName()));
        assertThat(mapped).as("tables the entities map").hasSizeGreaterThan(30);
        assertThat(created).containsAll(mapped);
    }

    private static List<Resource> migrations() throws IOException {
        List<Resource> files = Arrays.stream(
                        new PathMatchingResourcePatternResolver()
                                .getResources("classpath*:db/migration/V*__*.sql"))
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(
                        r.getFilename().substring(1, r.getFilename().indexOf("__")))))
                .toList();
        assertThat(files).hasSizeGreaterThan(20);
        return files;
    }

    @Test
    void theTrigramExtensionForMemberSearchIsInstalled() {
        assertThat(jdbc.queryForObject("select count(*) from pg_extension where extname = 'pg_trgm'", Long.class))
                .isEqualTo(1);
    }
}
