package cn.helituan.app.reminder;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.job.JobOutcome;
import cn.helituan.domain.job.JobRun;
import cn.helituan.domain.job.JobRunOutcome;
import cn.helituan.domain.job.JobService;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.message.MessageService;
import cn.helituan.domain.reminder.HttpChannel;
import cn.helituan.domain.reminder.Outbound;
import cn.helituan.domain.reminder.OutboundChannel;
import cn.helituan.domain.reminder.Reminder;
import cn.helituan.domain.reminder.ReminderJob;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.reminder.ReminderRule;
import cn.helituan.domain.reminder.ReminderStore;
import cn.helituan.domain.team.UnitService;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job "reminders" on a fixed clock: a reminder is stored, told and sent once a day however often the job
 * runs; the HTTP channel posts to a real local server (com.sun.net.httpserver) and a failing or absent server is
 * recorded as failed with nothing rolled back; the org admin's list shows what was sent, to whom and the outcome.
 * The job is the application's own (its store, messages, texts and transactions) with a rule of the test's, so that
 * what it sends is known; the rules themselves are {@link ReminderRulesTest}'s.
 */
class ReminderJobTest extends FullStackTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 24);

    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ReminderStore store;
    @Autowired
    MessageService messages;
    @Autowired
    MessageSource texts;
    @Autowired
    TestClock clock;
    @Autowired
    JobService jobs;
    @Autowired
    MockMvc mvc;

    ReminderFixture f;
    Reminder plan;

    @BeforeEach
    void team() {
        f = new ReminderFixture(units, members, jdbc, tx);
        String group = jdbc.queryForObject("select name from unit where id = ?", String.class, f.team.groupA1);
        plan = new Reminder(f.leaderA1, "plan-deadline:2031:group:" + f.team.groupA1, ReminderKind.PLAN_DEADLINE,
                List.of(group, "2031", "2031-03-31", "7"), "/plans/group/" + f.team.groupA1 + "?year=2031");
        on(DAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private ReminderJob job(OutboundChannel channel, ReminderRule... rules) {
        return new ReminderJob(List.of(rules), store, messages, channel, texts, tx, clock, "https://helituan.example/",
                4);
    }

    /** A channel that keeps what it is given, or refuses everything. */
    static final class Kept implements OutboundChannel {
        final List<Outbound> sent = Collections.synchronizedList(new ArrayList<>());
        final boolean refuse;

        Kept(boolean refuse) {
            this.refuse = refuse;
        }

        @Override
        public String name() {
            return "kept";
        }

        @Override
        public void send(Outbound message) {
            if (refuse) {
                throw new IllegalStateException("网关拒绝");
            }
            sent.add(message);
        }
    }

    private Map<String, Object> row(long account, String subject) {
        return jdbc.queryForMap("select * from reminder where account_id = ? and subject = ?", account, subject);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long messagesOf(long account) {
        return count("select count(*) from message where account_id = ? and kind = 'reminder.PLAN_DEADLINE'", account);
    }

    @Test
    void runTwiceOnADayTheJobStoresTellsAndSendsOnceAndTheNextDayAgain() {
        Kept channel = new Kept(false);
        ReminderJob job = job(channel, day -> List.of(plan), day -> List.of(plan));

        JobOutcome first = job.run(DAY);
        JobOutcome second = job.run(DAY);

        assertThat(first.changed()).isEqualTo(1);
        assertThat(count("select count(*) from reminder where account_id = ? and day = ? and outcome = 'SENT'",
                f.leaderA1, DAY)).isEqualTo(1);
        assertThat(second.changed()).isZero();
        assertThat(count("select count(*) from reminder where account_id = ? and day = ?", f.leaderA1, DAY))
                .isEqualTo(1);
        assertThat(messagesOf(f.leaderA1)).isEqualTo(1);
        assertThat(channel.sent).hasSize(1);
        Outbound sent = channel.sent.get(0);
        assertThat(sent.name()).isEqualTo(f.leaderA1Name);
        assertThat(sent.mobile()).isEqualTo(f.leaderA1Mobile);
        assertThat(sent.text()).contains("2031 年度帮扶计划尚未提交", "2031-03-31", "还有 7 天");
        assertThat(sent.link()).isEqualTo("https://helituan.example/plans/group/" + f.team.groupA1 + "?year=2031");
        Map<String, Object> row = row(f.leaderA1, plan.subject());
        assertThat(row.get("outcome")).isEqualTo("SENT");
        assertThat(row.get("channel")).isEqualTo("kept");
        assertThat(row.get("sent_at")).isNotNull();
        Map<String, Object> message = jdbc.queryForMap(
                "select link, args from message where account_id = ? and kind = 'reminder.PLAN_DEADLINE'", f.leaderA1);
        assertThat(message.get("link")).isEqualTo(plan.link());
        assertThat(jdbc.queryForObject("""
                select array_to_string(args, '|') from message where account_id = ? and kind = 'reminder.PLAN_DEADLINE'""",
                String.class, f.leaderA1)).isEqualTo(String.join("|", plan.args()));

        on(DAY.plusDays(6));
        assertThat(job.run(DAY.plusDays(6)).changed()).as("the next reminder day").isEqualTo(1);
        assertThat(messagesOf(f.leaderA1)).isEqualTo(2);
        assertThat(channel.sent).hasSize(2);
    }

    @Test
    void manyRemindersAreSentEachOnceByTheChannelsThreads() {
        Kept channel = new Kept(false);
        List<Reminder> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(new Reminder(f.reviewer, "many:" + i, ReminderKind.EVALUATION_SCORE,
                    List.of("考核", String.valueOf(i), "2031-03-31", "7"), null));
        }
        assertThat(job(channel, day -> many).run(DAY).changed()).isEqualTo(450);
        assertThat(channel.sent).hasSize(450);
        assertThat(channel.sent.stream().map(Outbound::reminderId).distinct()).hasSize(450);
        assertThat(count("select count(*) from reminder where account_id = ? and outcome = 'SENT' and day = ?",
                f.reviewer, DAY)).isEqualTo(450);
        assertThat(count("select count(*) from message where account_id = ?", f.reviewer)).isEqualTo(450);
    }

    @Test
    void theHttpChannelPostsTheReminderAsJsonWithTheTokenToTheGateway() throws IOException {
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokens.add(exchange.getRequestHeaders().getFirst("X-Gateway-Token"));
            byte[] ok = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        gateway.start();
        try {
            HttpChannel http = new HttpChannel("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms",
                    "X-Gateway-Token", "secret-42", Duration.ofSeconds(2), Duration.ofSeconds(5));
            ReminderJob job = job(http, day -> List.of(plan));

            assertThat(job.run(DAY).changed()).isEqualTo(1);
            assertThat(job.run(DAY).changed()).isZero();
        } finally {
            gateway.stop(0);
        }
        assertThat(bodies).hasSize(1);
        assertThat(tokens).containsExactly("secret-42");
        long id = (Long) row(f.leaderA1, plan.subject()).get("id");
        assertThat(bodies.get(0)).startsWith("{\"reminder\":" + id + ",\"account\":" + f.leaderA1 + ",")
                .contains("\"name\":\"" + f.leaderA1Name + "\"", "\"mobile\":\"" + f.leaderA1Mobile + "\"",
                        "2031 年度帮扶计划尚未提交",
                        "\"link\":\"https://helituan.example/plans/group/" + f.team.groupA1 + "?year=2031\"");
        assertThat(row(f.leaderA1, plan.subject())).containsEntry("outcome", "SENT").containsEntry("channel", "http");
    }

    @Test
    void aFailingGatewayIsRecordedAsFailedAndTheReminderAndItsMessageAreKept() throws IOException {
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] error = "quota exceeded".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
        });
        gateway.start();
        int port = gateway.getAddress().getPort();
        Reminder second = new Reminder(f.leaderB1, "plan-deadline:2031:group:" + f.team.groupB1,
                ReminderKind.PLAN_DEADLINE, List.of("乙一组", "2031", "2031-03-31", "7"), null);
        try {
            HttpChannel http = new HttpChannel("http://127.0.0.1:" + port + "/sms", "Authorization", "",
                    Duration.ofSeconds(2), Duration.ofSeconds(5));
            assertThat(job(http, day -> List.of(plan, second)).run(DAY).changed()).isEqualTo(2);
        } finally {
            gateway.stop(0);
        }
        Map<String, Object> row = row(f.leaderA1, plan.subject());
        assertThat(row.get("outcome")).isEqualTo("FAILED");
        assertThat(row.get("reason")).isEqualTo("HTTP 503: quota exceeded");
        assertThat(messagesOf(f.leaderA1)).as("the message is kept").isEqualTo(1);
        assertThat(messagesOf(f.leaderB1)).isEqualTo(1);
        assertThat(count("select count(*) from reminder where day = ? and outcome = 'FAILED' and account_id in (?, ?)",
                DAY, f.leaderA1, f.leaderB1)).isEqualTo(2);

        // a gateway that is gone: failed with the reason, and not sent again by a second run of the day
        on(DAY.plusDays(6));
        HttpChannel gone = new HttpChannel("http://127.0.0.1:" + port + "/sms", "Authorization", "",
                Duration.ofSeconds(2), Duration.ofSeconds(5));
        Kept afterwards = new Kept(false);
        assertThat(job(gone, day -> List.of(plan)).run(DAY.plusDays(6)).changed()).isEqualTo(1);
        assertThat(job(afterwards, day -> List.of(plan)).run(DAY.plusDays(6)).changed()).isZero();
        assertThat(afterwards.sent).isEmpty();
        assertThat(jdbc.queryForObject("select reason from reminder where account_id = ? and day = ?", String.class,
                f.leaderA1, DAY.plusDays(6))).contains("ConnectException");
        assertThat(messagesOf(f.leaderA1)).isEqualTo(2);
    }

    @Test
    void theApplicationsJobRunsEveryRuleThroughTheSchedulersMachineryOnItsDay() {
        JobRun run = jobs.execute("reminders", DAY, "system");
        assertThat(run.getOutcome()).isEqualTo(JobRunOutcome.DONE);
        JobRun again = jobs.execute("reminders", DAY, "system");
        assertThat(again.getOutcome()).isEqualTo(JobRunOutcome.DONE);
        assertThat(again.getChanged()).as("a second run of the day").isZero();
        // the fixture's A1 has no plan for 2031: its leader was reminded once, through the log channel
        assertThat(row(f.leaderA1, plan.subject())).containsEntry("outcome", "SENT").containsEntry("channel", "log");
        assertThat(messagesOf(f.leaderA1)).isEqualTo(1);
    }

    @Test
    void theOrgAdminListsWhatWasSentToWhomAndWhatTheChannelAnsweredFilteredByDayAndKind() throws Exception {
        job(new Kept(true), day -> List.of(plan)).run(DAY);

        Document page = Jsoup.parse(mvc.perform(get("/reminders").param("day", DAY.toString())
                        .param("kind", "PLAN_DEADLINE").with(admin())).andReturn().getResponse()
                .getContentAsString());
        var rows = page.select("#reminders tr.reminder");
        var ours = rows.stream().filter(r -> r.text().contains(f.leaderA1Name)).toList();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).text()).contains("2031-03-24", "年度计划截止", "2031 年度帮扶计划尚未提交", "发送失败",
                "网关拒绝");
        assertThat(ours.get(0).select("a").attr("href"))
                .isEqualTo("/plans/group/" + f.team.groupA1 + "?year=2031");
        assertThat(rows).allMatch(r -> r.text().contains("2031-03-24") && r.text().contains("年度计划截止"));

        String otherDay = mvc.perform(get("/reminders").param("day", "2031-03-25").with(admin())).andReturn()
                .getResponse().getContentAsString();
        assertThat(otherDay).doesNotContain(f.leaderA1Name);
        String otherKind = mvc.perform(get("/reminders").param("day", DAY.toString()).param("kind", "TERM_ENDING")
                .with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(otherKind).doesNotContain(f.leaderA1Name);

        var bad = mvc.perform(get("/reminders").param("kind", "SOON").with(admin())).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("种类");
        assertThat(mvc.perform(get("/reminders").with(user("leader").roles("GROUP_LEADER"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
