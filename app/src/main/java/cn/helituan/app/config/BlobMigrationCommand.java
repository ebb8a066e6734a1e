package cn.helituan.app.config;

import cn.helituan.persistence.storage.BlobMigration;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The photo migration as a command (docs/architecture.md, "Beyond one machine"): started with
 * {@code --helituan.storage.migrate=to-store} or {@code to-database} (and the object store configured), the application
 * moves every photo, prints what it moved and exits — status 0, or 1 when a photo was found on neither side. Stopped
 * at any point, it is finished by running it again.
 */
@Component
@ConditionalOnProperty("helituan.storage.migrate")
@RequiredArgsConstructor
class BlobMigrationCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BlobMigrationCommand.class);

    private final JdbcTemplate jdbc;
    private final BlobStores stores;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    @Override
    public void run(ApplicationArguments args) {
        String direction = environment.getProperty("helituan.storage.migrate", "");
        BlobMigration migration = new BlobMigration(jdbc, stores,
                environment.getProperty("helituan.storage.migrate-threads", Integer.class, 8));
        BlobMigration.Result result = switch (direction) {
            case "to-store" -> migration.toStore();
            case "to-database" -> migration.toDatabase();
            default -> throw new IllegalArgumentException(
                    "helituan.storage.migrate is to-store or to-database, not " + direction);
        };
        log.info("photos moved {}: {} ({} in all); found on neither side: {}", direction, result.moved(),
                result.movedTotal(), result.missing());
        int status = result.missingTotal() == 0 ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
