package cn.helituan.app.imports;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Jobs;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.job.BackgroundJobService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.persistence.job.JobScheduling;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An import's check and confirmation as background jobs: the record's page shows the job's progress while it runs
 * (to every admin whose scope covers the file, to nobody else), a double confirm imports once, and a job cut off by
 * a stop or a kill is marked failed — nothing written — and can be run again.
 */
class ImportJobsTest extends FullStackTest {

    /** The advisory lock that lets one import pass run at a time (JpaImportStoreImpl): held here, a pass waits. */
    private static final long IMPORT_LOCK = 0x696d706f7274L;
    private static final Pattern STATE = Pattern.compile("data-status=\"(\\w+)\"\\s+data-done=\"(\\d+)\"\\s+"
            + "data-total=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    UnitService units;
    @Autowired
    BackgroundJobService background;

    private static byte[] chains(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("产业链名称\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(prefix).append('-').append(i).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long upload(byte[] content, String fileName) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, null,
                content)).param("kind", "CHAINS").with(admin()).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("upload").isEqualTo(302);
        return Pages.redirectId(result);
    }

    private MockHttpServletResponse progress(long id, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/imports/" + id + "/progress").with(who)).andReturn().getResponse();
    }

    private long chainsNamed(String prefix) {
        return jdbc.queryForObject("select count(*) from industrial_chain where name like ?", Long.class,
                prefix + "-%");
    }

    /** Runs {@code action} while holding the import lock on a connection of its own: every pass waits for it. */
    private void whileImportsWait(ThrowingRunnable action) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("select pg_advisory_lock(" + IMPORT_LOCK + ")");
            try {
                action.run();
            } finally {
                statement.execute("select pg_advisory_unlock(" + IMPORT_LOCK + ")");
            }
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Matcher state(String fragment) {
        Matcher matcher = STATE.matcher(fragment);
        assertThat(matcher.find()).as("the progress fragment: " + fragment).isTrue();
        return matcher;
    }

    private void awaitRunning(long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!"RUNNING".equals(jdbc.queryForObject("select status from background_job where subject_key = ? "
                + "order by id desc limit 1", String.class, "import:" + id))) {
            assertThat(Instant.now()).as("the job starts").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aCheckOfThousandsOfRowsShowsItsProgressToEveryAdminOfTheScopeAndToNobodyElse() throws Exception {
        String prefix = unique("进度产业链");
        int rows = 4000;
        RequestPostProcessor secondAdmin = Pages.account(jdbc, "ORG_ADMIN", null, null);
        Unit otherTeam = units.create(Scope.system(), null, UnitKind.TEAM,
                new UnitDetails(unique("外县合力团"), null, UnitField.GENERAL, null));
        RequestPostProcessor otherTeamAdmin = Pages.account(jdbc, "ORG_ADMIN", otherTeam.getId(), null);
        long[] id = {0};

        whileImportsWait(() -> {
            id[0] = upload(chains(prefix, rows), prefix + ".csv");
            awaitRunning(id[0]);
            String page = mvc.perform(get("/imports/" + id[0]).with(admin())).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).as("the record's page while its check runs").contains("id=\"job-progress\"",
                    "hx-get=\"/imports/" + id[0] + "/progress\"", "hx-trigger=\"every 1s\"", "可以关闭本页")
                    .doesNotContain("id=\"confirm\"", "id=\"recheck\"");
            String seenBySecond = progress(id[0], secondAdmin).getContentAsString();
            assertThat(state(seenBySecond).group(1)).as("another admin of the scope sees it running")
                    .isEqualTo("RUNNING");
            assertThat(seenBySecond).contains("检查：已处理 0 / 4,000 行（0%）");
            assertThat(progress(id[0], otherTeamAdmin).getStatus()).as("another team's admin").isEqualTo(404);
            assertThat(progress(id[0], user("leader").roles("GROUP_LEADER")).getStatus()).isEqualTo(403);
            assertThat(progress(id[0], user("member").roles("MEMBER")).getStatus()).isEqualTo(403);
        });

        // polled as the page does, until the server says the job has ended (HX-Refresh)
        List<Long> done = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            MockHttpServletResponse response = progress(id[0], admin());
            if ("true".equals(response.getHeader("HX-Refresh"))) {
                break;
            }
            Matcher running = state(response.getContentAsString());
            done.add(Long.parseLong(running.group(2)));
            assertThat(Long.parseLong(running.group(3))).as("the estimated total: the CSV's lines")
                    .isEqualTo(rows);
            assertThat(Instant.now()).as("the check ends").isBefore(deadline);
            Thread.sleep(20);
        }
        assertThat(done).as("the rows done only grow").isSorted();
        assertThat(jdbc.queryForMap("select status, done, total, message_key from background_job "
                + "where subject_key = ?", "import:" + id[0]))
                .containsEntry("status", "DONE").containsEntry("done", (long) rows)
                .containsEntry("total", (long) rows).containsEntry("message_key", "import.job.checked");
        String checked = mvc.perform(get("/imports/" + id[0]).with(secondAdmin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(checked).doesNotContain("id=\"job-progress\"").contains("id=\"confirm\"");
        assertThat(Pages.after(checked, "id=\"tallies\"", 1500)).contains("<td class=\"text-end created\">4000</td>");
        assertThat(chainsNamed(prefix)).as("the check writes nothing").isZero();
    }

    @Test
    void aConfirmSubmittedTwiceImportsOnce() throws Exception {
        String prefix = unique("两次确认");
        long id = upload(chains(prefix, 3), prefix + ".csv");
        Jobs.awaitImport(jdbc, id);
        String page = mvc.perform(get("/imports/" + id).with(admin())).andReturn().getResponse()
                .getContentAsString();
        Matcher key = Pattern.compile("name=\"formKey\"\\s+value=\"([0-9a-f-]{36})\"")
                .matcher(page.substring(page.indexOf("/confirm")));
        assertThat(key.find()).isTrue();
        String version = String.valueOf(jdbc.queryForObject("select version from import_record where id = ?",
                Long.class, id));

        whileImportsWait(() -> {
            MvcResult first = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                    .param("version", version).param("formKey", key.group(1))).andReturn();
            assertThat(first.getFlashMap().get("success")).isEqualTo("import.confirm.queued");
            awaitRunning(id);
            MvcResult second = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                    .param("version", version).param("formKey", key.group(1))).andReturn();
            assertThat(second.getFlashMap().get("failure")).as("refused while the first runs")
                    .isEqualTo("job.alreadyRunning");
        });
        Jobs.awaitImport(jdbc, id);
        assertThat(chainsNamed(prefix)).isEqualTo(3);
        MvcResult third = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", version).param("formKey", key.group(1))).andReturn();
        assertThat(third.getFlashMap().get("failure")).isEqualTo("import.confirm.repeated");
        Jobs.awaitImport(jdbc, id);
        assertThat(chainsNamed(prefix)).as("imported once").isEqualTo(3);
        assertThat(jdbc.queryForList("select kind || ':' || status from background_job where subject_key = ? "
                + "order by id", String.class, "import:" + id))
                .containsExactly("import-check:DONE", "import-confirm:DONE");
        assertThat(mvc.perform(get("/imports/" + id).with(admin())).andReturn().getResponse().getContentAsString())
                .contains("导入完成。");
    }

    /**
     * An instance killed while it imported: its execution stays picked and its heartbeat stops. The next scheduler
     * to look finds the execution dead, marks the job failed — nothing was written — and removes the execution;
     * the file is still checked and is imported when confirmed again.
     */
    @Test
    void anImportCutOffByAKillIsMarkedFailedWithNothingWrittenAndRunsAgain() throws Exception {
        String prefix = unique("中断导入");
        long id = upload(chains(prefix, 5), prefix + ".csv");
        Jobs.awaitImport(jdbc, id);
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        Instant killedAt = Instant.now().minus(Duration.ofHours(1));
        long job = jdbc.queryForObject("""
                insert into background_job (kind, subject, subject_key, started_by, scope_path, status, params,
                                            done, total, instance, created_at, started_at)
                values ('import-confirm', ?, ?, 'admin', '', 'RUNNING', ?, 1500, 5, 'killed@instance', ?, ?)
                returning id""", Long.class, id, "import:" + id, "version=" + version,
                java.sql.Timestamp.from(killedAt), java.sql.Timestamp.from(killedAt));
        jdbc.update("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                                             last_heartbeat, version)
                values (?, ?, ?, true, 'killed@instance', ?, 1)""", JobScheduling.BACKGROUND_TASK,
                String.valueOf(job), java.sql.Timestamp.from(killedAt), java.sql.Timestamp.from(killedAt));
        assertThat(mvc.perform(get("/imports/" + id).with(admin())).andReturn().getResponse().getContentAsString())
                .as("shown running until a scheduler finds it dead").contains("id=\"job-progress\"");

        Scheduler restarted = JobScheduling.create(dataSource, List.of(),
                List.of(JobScheduling.backgroundTask(background)), "restarted-instance",
                new JobScheduling.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1), 4, Duration.ofSeconds(1)));
        restarted.start();
        try {
            Jobs.awaitStatus(jdbc, job, "FAILED");
        } finally {
            restarted.stop();
        }
        assertThat(jdbc.queryForObject("select message_key from background_job where id = ?", String.class, job))
                .isEqualTo(BackgroundJobService.INTERRUPTED);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?",
                Long.class, JobScheduling.BACKGROUND_TASK, String.valueOf(job))).as("the dead execution removed")
                .isZero();
        assertThat(chainsNamed(prefix)).as("nothing written").isZero();
        String page = mvc.perform(get("/imports/" + id).with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已中断", "什么也没有写入", "id=\"confirm\"").doesNotContain("id=\"job-progress\"");

        mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version)));
        Jobs.awaitImport(jdbc, id);
        assertThat(chainsNamed(prefix)).as("run again, imported").isEqualTo(5);
    }

    /**
     * A live instance whose heartbeat stalled (a wait for a connection, a long pause) has its running confirm
     * declared interrupted, yet its import goes on and commits: its own outcome replaces the verdict, and the
     * record's page says it was imported, never that nothing was written.
     */
    @Test
    void aJobDeclaredInterruptedWhileItsInstanceStillRanEndsWithItsRealOutcome() throws Exception {
        String prefix = unique("假中断");
        long id = upload(chains(prefix, 4), prefix + ".csv");
        Jobs.awaitImport(jdbc, id);
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        long[] job = {0};
        whileImportsWait(() -> {
            mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                    .param("version", String.valueOf(version)));
            awaitRunning(id);
            job[0] = jdbc.queryForObject("select id from background_job where subject_key = ? order by id desc "
                    + "limit 1", Long.class, "import:" + id);
            assertThat(jdbc.queryForObject("select instance from background_job where id = ?", String.class, job[0]))
                    .as("the running instance is on the job").isNotBlank();
            // what the dead-execution handler does when the heartbeats stop
            background.interrupted(job[0]);
            assertThat(jdbc.queryForObject("select status from background_job where id = ?", String.class, job[0]))
                    .isEqualTo("FAILED");
        });
        Jobs.awaitStatus(jdbc, job[0], "DONE");
        assertThat(chainsNamed(prefix)).as("the import went on and committed").isEqualTo(4);
        assertThat(jdbc.queryForObject("select status from import_record where id = ?", String.class, id))
                .isEqualTo("IMPORTED");
        String page = mvc.perform(get("/imports/" + id).with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("导入完成。").doesNotContain("已中断", "什么也没有写入");

        // even should the verdict have stayed (an instance that died after its commit), an imported record's
        // page never says that nothing was written
        jdbc.update("update background_job set status = 'FAILED', message_key = ? where id = ?",
                BackgroundJobService.INTERRUPTED, job[0]);
        String imported = mvc.perform(get("/imports/" + id).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(imported).as("an imported record never says nothing was written").doesNotContain("什么也没有写入");
    }

    /** On start-up, a job left running whose execution is gone (cleaned up meanwhile) is marked failed too. */
    @Test
    void aJobLeftRunningWithoutItsExecutionIsMarkedFailedOnStartUp() throws Exception {
        String prefix = unique("孤儿检查");
        long id = upload(chains(prefix, 2), prefix + ".csv");
        Jobs.awaitImport(jdbc, id);
        long job = jdbc.queryForObject("""
                insert into background_job (kind, subject, subject_key, started_by, scope_path, status, created_at,
                                            started_at)
                values ('import-check', ?, ?, 'admin', '', 'RUNNING', now(), now()) returning id""", Long.class,
                id, "import:" + id);
        assertThat(background.failOrphans()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForMap("select status, message_key from background_job where id = ?", job))
                .containsEntry("status", "FAILED").containsEntry("message_key", BackgroundJobService.INTERRUPTED);
        MvcResult again = mvc.perform(post("/imports/" + id + "/check").with(admin()).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("success")).as("checked again").isEqualTo("import.check.queued");
        Jobs.awaitImport(jdbc, id);
        assertThat(jdbc.queryForObject("select status from import_record where id = ?", String.class, id))
                .isEqualTo("CHECKED");
    }
}
