package cn.helituan.app.config;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.ReplicaReads;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoService;
import cn.helituan.persistence.config.ReadReplicaConfiguration.Routing;
import cn.helituan.persistence.config.ReadReplicaConfiguration.WithReplica;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read replicas (issue 24). The tests' replica is the same database reached under the application name
 * {@code helituan-replica} (FullStackTest), so where a statement ran shows in {@code application_name}: a read-only
 * transaction of a marked request reads from the replica, through JPA and SQL alike; an unmarked read-only
 * transaction and every writing one from the primary; the dashboard, a marked page, takes replica connections and a
 * record page none; with the replica down, the marked read falls back to the primary.
 */
class ReadReplicaTest extends FullStackTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager em;
    @Autowired
    MockMvc mvc;
    @Autowired
    TodoService todos;
    @Autowired
    AccountService accounts;

    @AfterEach
    void clear() {
        ReplicaReads.clear();
    }

    private String servedBy(boolean readOnly) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(readOnly);
        return tx.execute(status -> (String) em.createNativeQuery("select current_setting('application_name')")
                .getSingleResult());
    }

    @Test
    void markedReadOnlyTransactionsReadFromTheReplicaEverythingElseFromThePrimary() {
        assertThat(servedBy(true)).as("read-only, unmarked").isNotEqualTo("helituan-replica");
        ReplicaReads.allow();
        assertThat(servedBy(true)).as("read-only, marked").isEqualTo("helituan-replica");
        assertThat(servedBy(false)).as("a writing transaction, marked").isNotEqualTo("helituan-replica");
        ReplicaReads.clear();
        assertThat(servedBy(false)).isNotEqualTo("helituan-replica");
    }

    @Test
    void theToDoListReadsFromThePrimaryEvenOnAMarkedPage() {
        Routing routing = ((WithReplica) dataSource).routing();
        Scope leader = accounts.scopeOf("leader").orElseThrow();
        ReplicaReads.allow();
        long before = routing.fromReplica();
        todos.list(leader);   // the group leader's activities and projects are counted on every list
        assertThat(routing.fromReplica()).as("kept under the primary's stamps, so counted there")
                .isEqualTo(before);
        assertThat(ReplicaReads.allowed()).as("the page's own reads still may").isTrue();
    }

    @Test
    void theDashboardReadsFromTheReplicaARecordPageFromThePrimary() throws Exception {
        Routing routing = ((WithReplica) dataSource).routing();
        long before = routing.fromReplica();
        mvc.perform(get("/dashboard").with(admin())).andExpect(status().isOk());
        assertThat(routing.fromReplica()).as("the dashboard's reads").isGreaterThan(before);

        long id = em.createQuery("select min(u.id) from Unit u", Long.class).getSingleResult();
        long afterDashboard = routing.fromReplica();
        mvc.perform(get("/units/{id}", id).with(admin())).andExpect(status().isOk());
        assertThat(routing.fromReplica()).as("a record page reads from the primary").isEqualTo(afterDashboard);
    }

    @Test
    void withTheReplicaDownMarkedReadsFallBackToThePrimary() throws Exception {
        DriverManagerDataSource down = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1",
                "nobody", "nothing");
        Routing routing = new Routing(((WithReplica) dataSource).getTargetDataSource(), down);
        ReplicaReads.allow();
        try (Connection connection = routing.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select current_setting('application_name')")) {
            rs.next();
            assertThat(rs.getString(1)).isNotEqualTo("helituan-replica");
        }
        assertThat(routing.fromPrimary()).isEqualTo(1);
        assertThat(routing.fromReplica()).isZero();
    }
}
