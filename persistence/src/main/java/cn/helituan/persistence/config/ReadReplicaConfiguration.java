package cn.helituan.persistence.config;

import cn.helituan.domain.common.ReplicaReads;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * A read replica for the heavy reads, where {@code helituan.datasource.replica.url} is set (with
 * {@code .username}/{@code .password}, else the primary's): the application's data source becomes Spring's
 * {@link LazyConnectionDataSourceProxy} over the primary with a read-only data source
 * ({@link LazyConnectionDataSourceProxy#setReadOnlyDataSource}): a connection is taken only at the first statement,
 * from the read-only one when the transaction is read-only. That one is {@link Routing}: the replica when the thread
 * is marked ({@link ReplicaReads}: the dashboard, long lists, exports), the primary otherwise and whenever the replica
 * gives no connection (down, or its pool exhausted for two seconds). Without the property nothing changes.
 */
@Configuration(proxyBeanMethods = false)
public class ReadReplicaConfiguration {

    @Bean
    static BeanPostProcessor readReplica(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                String url = environment.getProperty("helituan.datasource.replica.url");
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary) || url == null
                        || url.isBlank()) {
                    return bean;
                }
                HikariDataSource replica = new HikariDataSource();
                replica.setPoolName("replica");
                replica.setJdbcUrl(url);
                replica.setUsername(environment.getProperty("helituan.datasource.replica.username",
                        environment.getProperty("spring.datasource.username")));
                replica.setPassword(environment.getProperty("helituan.datasource.replica.password",
                        environment.getProperty("spring.datasource.password")));
                replica.setConnectionTimeout(2_000);
                replica.setReadOnly(true);
                replica.setInitializationFailTimeout(-1);
                Binder.get(environment).bind("helituan.datasource.replica.hikari.maximum-pool-size", Integer.class)
                        .ifBound(replica::setMaximumPoolSize);
                return new WithReplica(primary, new Routing(primary, replica));
            }
        };
    }

    /** The application's data source when a replica is configured. */
    public static final class WithReplica extends LazyConnectionDataSourceProxy {

        private final Routing routing;

        WithReplica(DataSource primary, Routing routing) {
            super(primary);
            this.routing = routing;
            setReadOnlyDataSource(routing);
        }

        public Routing routing() {
            return routing;
        }
    }

    /** The replica for a marked thread, else (or failing it) the primary; counts what it handed out. */
    public static final class Routing extends AbstractDataSource {

        private static final Logger log = LoggerFactory.getLogger(Routing.class);

        private final DataSource primary;
        private final DataSource replica;
        private final AtomicLong fromReplica = new AtomicLong();
        private final AtomicLong fromPrimary = new AtomicLong();

        public Routing(DataSource primary, DataSource replica) {
            this.primary = primary;
            this.replica = replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (ReplicaReads.allowed()) {
                try {
                    Connection connection = replica.getConnection();
                    fromReplica.incrementAndGet();
                    return connection;
                } catch (SQLException e) {
                    log.warn("read replica unavailable, reading from the primary: {}", e.getMessage());
                }
            }
            fromPrimary.incrementAndGet();
            return primary.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        /** Read-only connections handed out from the replica so far. */
        public long fromReplica() {
            return fromReplica.get();
        }

        /** Read-only connections handed out from the primary so far. */
        public long fromPrimary() {
            return fromPrimary.get();
        }
    }
}
