package cn.helituan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchemaTest extends PersistenceTest {

    @Autowired
    private EntityManagerFactory emf;

    @Test
    void everyMigrationIsApplied() throws java.io.IOException {
        java.util.List<String> files = java.util.Arrays.stream(
                        new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                                .getResources("classpath*:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                .toList();
        assertThat(files).startsWith("1", "2", "3", "4");
        assertThat(jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class))
                .containsExactlyElementsOf(files);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
                .isZero();
    }

    @Test
    void hibernateValidatedTheMappingAgainstTheMigratedSchema() {
        assertThat(emf.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
        assertThat(jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_name <> 'flyway_schema_history' order by table_name""",
                String.class))
                .containsExactly("account", "activity", "activity_member", "activity_object", "activity_photo",
                        "activity_tally", "activity_type", "activity_type_tally", "annual_plan", "api_token",
                        "assistance_relationship", "assisted_object", "demand", "demand_category", "demand_photo",
                        "demand_status_tally", "demand_suggestion", "evaluation_entry", "evaluation_indicator",
                        "evaluation_member", "evaluation_rating", "evaluation_reviewer", "evaluation_round",
                        "evaluation_score", "import_change", "import_file",
                        "import_problem", "import_record", "import_tally", "industrial_chain", "member",
                        "member_tally", "membership", "monthly_notification", "notification_line",
                        "plan_amendment", "plan_problem", "plan_task", "plan_task_object", "plan_year", "project",
                        "project_milestone", "project_resource", "ranking_weight", "record_history", "region",
                        "resource", "stationing", "unit", "work_unit");
    }

    @Test
    void theTrigramExtensionForMemberSearchIsInstalled() {
        assertThat(jdbc.queryForObject("select count(*) from pg_extension where extname = 'pg_trgm'", Long.class))
                .isEqualTo(1);
    }
}
