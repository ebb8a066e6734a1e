package cn.helituan.persistence.storage;

import cn.helituan.domain.storage.BlobStore;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The photo store by configuration: {@code helituan.storage.type=database} (the default: the photo rows' columns, as
 * ever), {@code file} with {@code helituan.storage.file.dir} (a directory: the data directory's {@code photos} unless
 * said) or {@code s3} with {@code helituan.storage.s3.endpoint}, {@code .bucket}, {@code .region},
 * {@code .access-key}, {@code .secret-key}. The database's store is always there too: photos not yet moved are read
 * from it, and the migration moves between the two ({@link BlobMigration}).
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    BlobStores blobStores(JdbcTemplate jdbc, @Value("${helituan.storage.type:database}") String type,
                          @Value("${helituan.storage.s3.endpoint:}") String endpoint,
                          @Value("${helituan.storage.s3.region:us-east-1}") String region,
                          @Value("${helituan.storage.s3.access-key:}") String accessKey,
                          @Value("${helituan.storage.s3.secret-key:}") String secretKey,
                          @Value("${helituan.storage.s3.bucket:helituan}") String bucket,
                          @Value("${helituan.storage.file.dir:${helituan.data-dir:./data}/photos}") String dir) {
        DatabaseBlobStore database = new DatabaseBlobStore(jdbc);
        return switch (type) {
            case "database" -> new BlobStores(database, database);
            case "s3" -> new BlobStores(new S3BlobStore(endpoint, region, accessKey, secretKey, bucket), database);
            case "file" -> new BlobStores(new FileBlobStore(Path.of(dir)), database);
            default -> throw new IllegalStateException("helituan.storage.type is database, file or s3, not " + type);
        };
    }

    /** The configured store and the database's (the same one by default). */
    public record BlobStores(BlobStore configured, DatabaseBlobStore database) {

        /** The bytes from the configured store, else from the database (a photo not yet moved). */
        public byte[] get(cn.helituan.domain.storage.BlobKey key) {
            byte[] bytes = configured.get(key);
            return bytes != null || configured.database() ? bytes : database.get(key);
        }
    }
}
