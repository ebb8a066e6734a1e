package cn.helituan.persistence.common;

import cn.helituan.domain.common.KeyedReads;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code set local plan_cache_mode = force_generic_plan}: a prepared statement uses its generic plan, made once per
 * connection, until the transaction ends (or, for one statement, {@link #forStatement}). Statements become prepared
 * (named, planned once) after the driver's {@code prepareThreshold} uses on a connection.
 */
@Component
public class PostgresKeyedReads implements KeyedReads {

    private final JdbcTemplate jdbc;

    PostgresKeyedReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forThisTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive() && !generic()) {
            jdbc.execute("set local plan_cache_mode = force_generic_plan");
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PostgresKeyedReads.this);
                }
            });
        }
    }

    /**
     * One by-key statement with its kept plan, inside a transaction that plans as before around it (a statement
     * PostgreSQL re-plans on every call, such as the history's: 0.24 ms planning for 0.03 ms running); outside a
     * transaction, or in one that keeps its plans already, the statement as it is.
     */
    public <T> T forStatement(Supplier<T> statement) {
        if (!TransactionSynchronizationManager.isActualTransactionActive() || generic()) {
            return statement.get();
        }
        jdbc.execute("set local plan_cache_mode = force_generic_plan");
        T result = statement.get();
        // back to the session's setting for the rest of the transaction (after a failure the transaction is aborted,
        // its settings undone with it, and a further command would only hide the failure)
        jdbc.execute("set local plan_cache_mode = default");
        return result;
    }

    private boolean generic() {
        return TransactionSynchronizationManager.hasResource(this);
    }
}
