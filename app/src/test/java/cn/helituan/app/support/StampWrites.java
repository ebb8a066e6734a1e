package cn.helituan.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stamp's counters (V92's, V93's) seen inside the transaction of one write, which is then rolled back: the stamp
 * tests' way to show a write raises them (or not) without changing the demo's data.
 */
public record StampWrites(JdbcTemplate jdbc, TransactionTemplate transactions, String sumStatement) {

    /** The counters' sum now. */
    public long sum() {
        return jdbc.queryForObject(sumStatement, Long.class);
    }

    /** The counters' sum after the write (which must write one row of the demo's), inside its transaction. */
    public long within(String write) {
        long[] after = {0};
        transactions.executeWithoutResult(status -> {
            assertThat(jdbc.update(write)).as("the demo has a row for: %s", write).isEqualTo(1);
            after[0] = sum();
            status.setRollbackOnly();
        });
        return after[0];
    }

    /** The write raises the counters inside its transaction, and its rollback takes them back. */
    public void assertRaisedAndUndone(String write) {
        long before = sum();
        assertThat(within(write)).as("inside the transaction of %s", write).isGreaterThan(before);
        assertThat(sum()).as("after %s rolled back", write).isEqualTo(before);
    }

    /** The write leaves the counters as they were, inside its transaction too. */
    public void assertLeftAlone(String write) {
        long before = sum();
        assertThat(within(write)).as("inside the transaction of %s", write).isEqualTo(before);
    }
}
