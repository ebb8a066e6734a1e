package cn.helituan.domain.history;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the current transaction as a dry run, one that is always rolled back (an import's check): its changes leave
 * no history rows, which would be rolled back unread. Writing them was a third of the statements of a check.
 */
public final class DryRun {

    private static final Object KEY = DryRun.class;

    private DryRun() {
    }

    /** From here to the end of the current transaction (which the caller rolls back), no history is written. */
    public static void begin() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a dry run needs a transaction");
        }
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
    }

    /** Whether the current transaction is a dry run. */
    public static boolean active() {
        return TransactionSynchronizationManager.hasResource(KEY);
    }
}
