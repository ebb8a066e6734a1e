package cn.helituan.app.job;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.evaluation.RoundForm;
import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import cn.helituan.domain.job.JobRun;
import cn.helituan.domain.job.JobRunOutcome;
import cn.helituan.domain.job.JobRuns;
import cn.helituan.domain.job.JobService;
import cn.helituan.persistence.job.JobScheduling;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Things that happen on their day, on a fixed clock. The fixtures are dated 2019, before anything of the demo
 * county, and each job runs for a day in early 2020: it finds only the fixture due, so the shared demo data that
 * other tests read stays as it is.
 */
class JobsTest extends FullStackTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    JobService jobs;
    @Autowired
    JobRuns runs;
    @Autowired
    TestClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    RoundAdministration rounds;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(SHANGHAI).toInstant());
    }

    private long freshVillage(String name) {
        return jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, categories, goals, created_at, created_by)
                values ('VILLAGE', ?, ?, '', '', now(), 'test') returning id""", Long.class, name,
                "J" + UUID.randomUUID().toString().substring(0, 8));
    }

    private String termStatus(long relationship) {
        return jdbc.queryForObject("select status from assistance_relationship where id = ?", String.class,
                relationship);
    }

    @Test
    void aTermPastItsEndIsEndedTheDayAfterAsOfItsEndDateAndASecondRunChangesNothing() throws Exception {
        long object = freshVillage("期满村" + UUID.randomUUID().toString().substring(0, 4));
        long relationship = jdbc.queryForObject("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, date '2018-01-01', date '2019-12-31', 'EDUCATION', 'ACTIVE', now(), 'test')
                returning id""", Long.class, demo.unitId("科技特派工作组"), object);

        // on its last day the term is still in force
        today(LocalDate.of(2019, 12, 31));
        JobRun lastDay = jobs.execute("terms-end", LocalDate.of(2019, 12, 31), "system");
        assertThat(lastDay.getOutcome()).isEqualTo(JobRunOutcome.DONE);
        assertThat(termStatus(relationship)).isEqualTo("ACTIVE");

        // the day after, it is ended as of its end date, by the system, and its page says so
        today(LocalDate.of(2020, 1, 1));
        JobRun first = jobs.execute("terms-end", LocalDate.of(2020, 1, 1), "system");
        assertThat(first.getChanged()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select status, ended_on, updated_by from assistance_relationship where id = ?",
                relationship)).containsEntry("status", "ENDED")
                .containsEntry("ended_on", java.sql.Date.valueOf("2019-12-31")).containsEntry("updated_by", "system");
        String page = mvc.perform(get("/relationships/" + relationship).with(admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已结束");

        long version = jdbc.queryForObject("select version from assistance_relationship where id = ?", Long.class,
                relationship);
        JobRun second = jobs.execute("terms-end", LocalDate.of(2020, 1, 1), "system");
        assertThat(second.getOutcome()).isEqualTo(JobRunOutcome.DONE);
        assertThat(second.getChanged()).isZero();
        assertThat(jdbc.queryForObject("select version from assistance_relationship where id = ?", Long.class,
                relationship)).isEqualTo(version);
    }

    @Test
    void anAccountOnAStationingThatEndedIsDisabledTheDayAfterItsEndAndNotBefore() {
        long object = freshVillage("驻村期满村" + UUID.randomUUID().toString().substring(0, 4));
        long member = jdbc.queryForObject("select id from member order by id limit 1", Long.class);
        jdbc.update("""
                insert into stationing (object_id, member_id, starts_on, ends_on, created_at, created_by)
                values (?, ?, date '2018-01-01', date '2019-06-30', now(), 'test')""", object, member);
        String username = "sec" + UUID.randomUUID().toString().substring(0, 8);
        long account = jdbc.queryForObject("""
                insert into account (username, password_hash, display_name, role, scope_object_id, member_id,
                                     must_change_password, enabled, created_at, created_by)
                values (?, 'x', '期满书记', 'FIRST_SECRETARY', ?, ?, false, true, now(), 'test') returning id""",
                Long.class, username, object, member);

        today(LocalDate.of(2019, 6, 30));
        assertThat(jobs.execute("stationings-end", LocalDate.of(2019, 6, 30), "system").getChanged()).isZero();
        assertThat(jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, account)).isTrue();

        today(LocalDate.of(2019, 7, 1));
        JobRun run = jobs.execute("stationings-end", LocalDate.of(2019, 7, 1), "system");
        assertThat(run.getChanged()).isEqualTo(1);
        assertThat(run.getSummary()).contains(username);
        assertThat(jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, account)).isFalse();
        assertThat(jobs.execute("stationings-end", LocalDate.of(2019, 7, 1), "system").getChanged()).isZero();
    }

    @Test
    void aRoundClosesTheDayAfterItsDeadlineAndTakesNoMoreInput() throws Exception {
        today(LocalDate.of(2019, 12, 20));
        long round = rounds.open(Scope.system(), new RoundForm("2019 年度考核（定时截止）", 2019, null,
                LocalDate.of(2019, 12, 31), Set.copyOf(Grade.DEFAULT), 20, Indicator.defaultWeights(), Set.of()))
                .getId();

        today(LocalDate.of(2019, 12, 31));
        assertThat(jobs.execute("rounds-close", LocalDate.of(2019, 12, 31), "system").getChanged()).isZero();
        assertThat(jdbc.queryForObject("select closed_at from evaluation_round where id = ?", java.sql.Timestamp.class,
                round)).isNull();

        today(LocalDate.of(2020, 1, 1));
        JobRun run = jobs.execute("rounds-close", LocalDate.of(2020, 1, 1), "system");
        assertThat(run.getChanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select closed_at from evaluation_round where id = ?", java.sql.Timestamp.class,
                round)).isNotNull();
        assertThat(jobs.execute("rounds-close", LocalDate.of(2020, 1, 2), "system").getChanged()).isZero();
        String page = mvc.perform(get("/evaluations/" + round).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已于截止日 2019-12-31 后自动截止");

        // the deadline moved later: the round is open for input again and closes after the new one
        long version = jdbc.queryForObject("select version from evaluation_round where id = ?", Long.class, round);
        rounds.update(Scope.system(), round, version, new RoundForm("2019 年度考核（定时截止）", 2019, null,
                LocalDate.of(2020, 1, 31), Set.copyOf(Grade.DEFAULT), 20, Indicator.defaultWeights(), Set.of()));
        assertThat(jdbc.queryForObject("select closed_at from evaluation_round where id = ?", java.sql.Timestamp.class,
                round)).isNull();
        assertThat(jobs.execute("rounds-close", LocalDate.of(2020, 2, 1), "system").getChanged()).isEqualTo(1);
    }

    @Test
    void theMonthsNotificationIsDraftedForTheMonthBeforeOnceAndNotPublished() {
        today(LocalDate.of(2019, 3, 1));
        JobRun first = jobs.execute("notification-draft", LocalDate.of(2019, 3, 1), "system");
        assertThat(first.getChanged()).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select status from monthly_notification where scope_unit_id is null and month = date '2019-02-01'""",
                String.class)).containsExactly("DRAFT");
        JobRun second = jobs.execute("notification-draft", LocalDate.of(2019, 3, 2), "system");
        assertThat(second.getChanged()).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from monthly_notification where scope_unit_id is null and month = date '2019-02-01'""",
                Long.class)).isEqualTo(1);
    }

    @Test
    void theAdminSeesTheRunsAndRunsAJobNowAndOthersCannot() throws Exception {
        mvc.perform(post("/jobs/terms-end/run").with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/jobs?job=terms-end"));
        JobRun last = runs.findByJobOrderByStartedAtDescIdDesc("terms-end", org.springframework.data.domain
                .PageRequest.of(0, 1)).getContent().get(0);
        assertThat(last.getStartedBy()).isEqualTo("admin");
        String page = mvc.perform(get("/jobs?job=terms-end").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("结对期满自动结束", "立即运行", "组织部管理员", "完成", "发送提醒").doesNotContain("??");
        // an org admin scoped to a team is refused the deployment's jobs, and not offered them in the menu
        long team = demo.unitId(Demo.INDUSTRY);
        String path = jdbc.queryForObject("select path from unit where id = ?", String.class, team);
        Scope teamAdmin = new Scope(1L, "team-admin", cn.helituan.domain.common.Role.ORG_ADMIN, team, path, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.runs(teamAdmin, null,
                org.springframework.data.domain.PageRequest.of(0, 1)))
                .isInstanceOf(cn.helituan.domain.common.ForbiddenException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.runNow(teamAdmin, "terms-end"))
                .isInstanceOf(cn.helituan.domain.common.ForbiddenException.class);
        mvc.perform(post("/jobs/no-such-job/run").with(admin()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/jobs?job=no-such-job").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void twoInstancesOnOneDatabaseRunADailyJobOnce() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        String name = "two-instances-" + UUID.randomUUID().toString().substring(0, 8);
        DailyJob counting = new DailyJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public JobOutcome run(LocalDate day) {
                ran.incrementAndGet();
                return JobOutcome.of(1);
            }
        };
        JobService service = new JobService(List.of(counting), runs, clock);
        // two instances with the same recurring task, as two application servers would have
        Scheduler one = JobScheduling.create(dataSource, JobScheduling.tasks(service, SHANGHAI, LocalTime.of(0, 10)),
                "instance-one", Duration.ofMillis(100));
        Scheduler two = JobScheduling.create(dataSource, JobScheduling.tasks(service, SHANGHAI, LocalTime.of(0, 10)),
                "instance-two", Duration.ofMillis(100));
        one.start();
        two.start();
        try {
            // both registered the task for the next 00:10; make that moment now, as when the night comes
            for (int i = 0; i < 50 && jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?",
                    Long.class, name) == 0; i++) {
                Thread.sleep(100);
            }
            assertThat(jdbc.update("update scheduled_tasks set execution_time = now() - interval '1 second' "
                    + "where task_name = ?", name)).isEqualTo(1);
            for (int i = 0; i < 100 && ran.get() == 0; i++) {
                Thread.sleep(100);
            }
            // both keep polling for a while: the day's run was claimed once
            Thread.sleep(1500);
        } finally {
            one.stop();
            two.stop();
        }
        assertThat(ran.get()).isEqualTo(1);
        List<JobRun> recorded = runs.findByJobAndDayOrderById(name, LocalDate.now(clock));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).getOutcome()).isEqualTo(JobRunOutcome.DONE);
        // and the next run is the next day's 00:10 in Shanghai
        java.sql.Timestamp next = jdbc.queryForObject("select execution_time from scheduled_tasks where task_name = ?",
                java.sql.Timestamp.class, name);
        ZonedDateTime at = next.toInstant().atZone(SHANGHAI);
        assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(0, 10));
        assertThat(at.toInstant()).isAfter(java.time.Instant.now());
    }

    private long finishedExport(java.time.Instant finished, byte[] file) {
        return jdbc.queryForObject("""
                insert into background_job (kind, started_by, scope_path, personal, status, params, done, total,
                                            created_at, started_at, finished_at, message_key, result_name,
                                            result_size, result)
                values ('export', 'admin', '', true, 'DONE', 'list=activities', 3, 3, ?, ?, ?, 'export.job.ready',
                        'activities.xlsx', ?, ?) returning id""", Long.class, java.sql.Timestamp.from(finished),
                java.sql.Timestamp.from(finished), java.sql.Timestamp.from(finished), (long) file.length, file);
    }

    /**
     * An export's file is kept 7 days: the daily clean clears the file of one made 8 days ago (its page then says
     * it expired, in Chinese and in English, and the file is gone) and keeps one made 6 days ago, which downloads
     * whole — read back in 1 MB pieces.
     */
    @Test
    void anExportsFileIsClearedAfterSevenDaysAndItsPageSaysItExpired() throws Exception {
        LocalDate day = LocalDate.of(2020, 3, 10);
        today(day);
        byte[] big = new byte[2 * 1024 * 1024 + 12345];
        new java.util.Random(20).nextBytes(big);
        long old = finishedExport(clock.instant().minus(Duration.ofDays(8)), new byte[] {1, 2, 3});
        long recent = finishedExport(clock.instant().minus(Duration.ofDays(6)), big);

        JobRun run = jobs.execute("exports-clean", day, "system");
        assertThat(run.getOutcome()).isEqualTo(JobRunOutcome.DONE);
        assertThat(run.getChanged()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select status, message_key, result is null as cleared from background_job "
                + "where id = ?", old)).containsEntry("status", "DONE").containsEntry("cleared", true)
                .containsEntry("message_key", "export.job.expired");
        assertThat(jdbc.queryForObject("select result is null from background_job where id = ?", Boolean.class,
                recent)).isFalse();

        String page = mvc.perform(get("/exports/" + old).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("导出文件已过期", "重新导出").doesNotContain("id=\"download\"");
        assertThat(mvc.perform(get("/exports/" + old).param("lang", "en").with(admin())).andReturn().getResponse()
                .getContentAsString()).contains("The export file has expired");
        assertThat(mvc.perform(get("/exports/" + old + "/file").with(admin())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        assertThat(mvc.perform(get("/exports/" + recent).with(admin())).andReturn().getResponse()
                .getContentAsString()).contains("id=\"download\"").doesNotContain("导出文件已过期");
        assertThat(mvc.perform(get("/exports/" + recent + "/file").with(admin())).andReturn().getResponse()
                .getContentAsByteArray()).as("the kept file, whole").isEqualTo(big);
        assertThat(jobs.execute("exports-clean", day, "system").getChanged()).as("a second run").isZero();
    }
}
