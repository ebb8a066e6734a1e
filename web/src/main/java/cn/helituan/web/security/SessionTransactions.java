package cn.helituan.web.security;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session's reads and writes of the session's row (twice a request: the read before, the touch after): the reads
 * in autocommit, the writes in plain JDBC transactions on the application's data source. By default Spring Session
 * takes the application's only transaction manager, the JPA one, which opens and closes a Hibernate session for each of
 * them: a few per cent of a small page's CPU time for statements that never touch an entity (issue 25). Spring Session
 * asks for its transactions by the name {@code springSessionTransactionOperations}, each a new one. While a JPA
 * transaction is open on the thread (a session saved from inside one: a test's transaction, an after-commit listener)
 * the JPA manager's own new transaction is used instead: a JDBC transaction manager would not see the JPA one (its
 * connection is bound without being marked as a transaction's), take over its connection and commit the outer work with
 * the session's.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource,
                                                             PlatformTransactionManager transactionManager) {
        TransactionTemplate jdbc = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionTemplate jpa = new TransactionTemplate(transactionManager);
        jpa.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // not itself a TransactionTemplate: the application's (below) stays the only bean of that type
        return new TransactionOperations() {
            /**
             * Spring Session's reads (a session by id, an account's sessions): one SELECT, run on its own in
             * autocommit like the scope's read on every page — a transaction around it was a BEGIN and a COMMIT more
             * on every request (issue 25). Its other uses of {@code execute}, the expired sessions' clean-up, are off
             * (the product's own, SessionExpiry). Inside a JPA transaction, as before.
             */
            @Override
            public <T> T execute(TransactionCallback<T> action) throws TransactionException {
                return TransactionSynchronizationManager.isActualTransactionActive() ? jpa.execute(action)
                        : action.doInTransaction(new SimpleTransactionStatus(false));
            }

            /** Spring Session's writes (save, delete): several statements, in a transaction of their own. */
            @Override
            public void executeWithoutResult(Consumer<TransactionStatus> action) throws TransactionException {
                (TransactionSynchronizationManager.isActualTransactionActive() ? jpa : jdbc)
                        .executeWithoutResult(action);
            }
        };
    }

    /**
     * The application's {@link TransactionTemplate} on its JPA transactions, as Spring Boot makes it: Boot's backs off
     * once any {@link TransactionOperations} bean exists, as the one above.
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
