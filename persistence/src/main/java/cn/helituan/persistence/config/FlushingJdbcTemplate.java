package cn.helituan.persistence.config;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

/**
 * The application's {@link JdbcTemplate}: before a statement runs in a transaction whose persistence context holds
 * records saved but not yet inserted, it flushes them, so that SQL sees what the JPA code of the same transaction
 * saved before it (an insert referring to it by foreign key, a count). With identity ids every save inserted at once;
 * with pooled sequence ids (V38) Hibernate keeps inserts for the flush, to send them in batches. Only queued actions
 * (inserts, deletes) trigger the flush; a statement with nothing queued costs one check.
 *
 * <p>A query without arguments goes as a prepared statement too, not a plain {@code Statement}: PostgreSQL plans a
 * plain statement on every call, a prepared one once per connection (after the driver's {@code prepareThreshold}
 * uses) — the to-do and attendance stamps read on every page were planned each time, longer than they ran.
 */
final class FlushingJdbcTemplate extends JdbcTemplate {

    private final EntityManagerFactory emf;

    FlushingJdbcTemplate(DataSource dataSource, EntityManagerFactory emf) {
        super(dataSource);
        this.emf = emf;
    }

    @Override
    public <T> T query(String sql, ResultSetExtractor<T> rse) {
        return query(sql, (PreparedStatementSetter) null, rse);
    }

    @Override
    protected DataSource obtainDataSource() {
        EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
        if (em != null && em.isOpen()) {
            SessionImplementor session = em.unwrap(SessionImplementor.class);
            if (session.getHibernateFlushMode() != FlushMode.MANUAL && session.getActionQueue().areInsertionsOrDeletionsQueued()
                    && session.isTransactionInProgress()) {
                session.flush();
            }
        }
        return super.obtainDataSource();
    }
}
