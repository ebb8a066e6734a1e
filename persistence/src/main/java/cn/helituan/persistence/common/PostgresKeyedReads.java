package cn.helituan.persistence.common;

import cn.helituan.domain.common.KeyedReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code set local plan_cache_mode = force_generic_plan}: for the rest of the transaction a prepared statement uses
 * its generic plan, made once per connection, and the transaction's end restores the setting. Statements become
 * prepared (named, planned once) after the driver's {@code prepareThreshold} uses on a connection.
 */
@Component
class PostgresKeyedReads implements KeyedReads {

    private final JdbcTemplate jdbc;

    PostgresKeyedReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forThisTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.execute("set local plan_cache_mode = force_generic_plan");
        }
    }
}
