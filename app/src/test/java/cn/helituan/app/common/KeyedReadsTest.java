package cn.helituan.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.common.KeyedReads;
import cn.helituan.persistence.common.PostgresKeyedReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction of by-key reads has PostgreSQL keep one plan per statement until it ends, and only it: the next
 * transaction on the same connection plans as before, and outside a transaction nothing changes.
 */
class KeyedReadsTest extends FullStackTest {

    @Autowired
    KeyedReads keyedReads;
    @Autowired
    PostgresKeyedReads statements;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private String mode() {
        return jdbc.queryForObject("show plan_cache_mode", String.class);
    }

    @Test
    void onlyTheTransactionThatAsksKeepsItsPlans() {
        String[] inside = new String[2];
        transactions.executeWithoutResult(status -> {
            inside[0] = mode();
            keyedReads.forThisTransaction();
            inside[1] = mode();
        });
        assertThat(inside).containsExactly("auto", "force_generic_plan");
        // the setting ended with the transaction: the pool's connections plan as before
        transactions.executeWithoutResult(status -> assertThat(mode()).isEqualTo("auto"));

        keyedReads.forThisTransaction();
        assertThat(mode()).as("outside a transaction").isEqualTo("auto");
    }

    @Test
    void oneStatementKeepsItsPlanAndTheTransactionPlansAsBeforeAroundIt() {
        String[] seen = new String[3];
        transactions.executeWithoutResult(status -> {
            seen[0] = statements.forStatement(this::mode);
            seen[1] = mode();
            keyedReads.forThisTransaction();
            // a transaction that keeps its plans keeps them after such a statement too
            statements.forStatement(this::mode);
            seen[2] = mode();
        });
        assertThat(seen).containsExactly("force_generic_plan", "auto", "force_generic_plan");
        assertThat(statements.forStatement(this::mode)).as("outside a transaction").isEqualTo("auto");
    }
}
