package cn.helituan.app.audit;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.audit.AuditEvent;
import cn.helituan.domain.audit.AuditKind;
import cn.helituan.domain.audit.AuditService;
import cn.helituan.domain.audit.ChainCheck;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 安全审计日志 (issue 21): every sign-in step and every write is a row (who, when, from where, what, which record,
 * result); no account can change or delete one — the database refuses it; a row changed behind the triggers' back
 * breaks the chain, and the check names it; the security auditor reads and searches the log and nothing else, and the
 * org admin cannot read it (三员分立).
 */
class AuditLogTest extends FullStackTest {

    private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    cn.helituan.domain.audit.AuditLog auditLog;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void signInsAndWritesAreLoggedWithWhoWhenWhereWhatAndTheAnswer() throws Exception {
        long before = last();
        mvc.perform(formLogin().user("leader").password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("leader").password(Demo.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        String name = Pages.unique("审计单位");
        mvc.perform(post("/work-units/new").session(session).with(csrf()).param("name", name)
                .param("kind", "PARTY_GOVERNMENT")).andReturn();
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        List<Map<String, Object>> rows = jdbc.queryForList("select kind, username, address, action, target, result"
                + " from audit_log where seq > ? and (username in ('leader') or username is null) order by seq", before);
        assertThat(rows).extracting(r -> r.get("kind"))
                .containsSubsequence("SIGN_IN_FAILED", "SIGNED_IN", "WRITE", "SIGNED_OUT");
        // (SESSION_ENDED is written when an idle session expires: anExpiredSessionIsEndedAndLoggedOnce…)
        Map<String, Object> failed = rows.stream().filter(r -> r.get("kind").equals("SIGN_IN_FAILED")).findFirst()
                .orElseThrow();
        assertThat(failed.get("address")).isEqualTo("127.0.0.1");
        Map<String, Object> write = rows.stream().filter(r -> r.get("kind").equals("WRITE")).findFirst().orElseThrow();
        assertThat(write.get("action")).isEqualTo("POST /work-units/new");
        assertThat(write.get("target")).isEqualTo("/work-units/new");
        assertThat(write.get("result")).isIn("302", "403", "200");
        // a made-up name's failure is logged under the name typed, as the answer is the same as a real one's
        mvc.perform(formLogin().user("nobody-" + name).password("x")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where kind = 'SIGN_IN_FAILED' and username = ?",
                Integer.class, "nobody-" + name)).isEqualTo(1);
        assertThat(audit.verify(auditorScope()).whole()).isTrue();
    }

    @Test
    void noAccountCanChangeOrDeleteARowAndAChangeBehindTheTriggersIsFound() {
        audit.record(AuditEvent.of(AuditKind.SIGNED_IN, "probe", "10.0.0.1", "test"));
        long seq = last();
        assertThatThrownBy(() -> jdbc.update("update audit_log set username = 'someone' where seq = ?", seq))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where seq = ?", seq))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log")).hasStackTraceContaining("append-only");
        assertThat(jdbc.queryForObject("select username from audit_log where seq = ?", String.class, seq))
                .isEqualTo("probe");

        // the database's owner disables the trigger and changes a row: the chain breaks there
        tamper(seq, "someone");
        try {
            ChainCheck check = audit.verify(auditorScope());
            assertThat(check.whole()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(seq);
        } finally {
            tamper(seq, "probe");
        }
        assertThat(audit.verify(auditorScope()).whole()).isTrue();
    }

    @Test
    void writesFromManyThreadsAtOnceMakeOneWholeChainAndARolledBackCallerKeepsItsRow() throws Exception {
        long before = last();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String who = "writer-" + t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        audit.record(AuditEvent.of(AuditKind.SIGNED_IN, who, "10.0.0." + i, "concurrent"));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // every row written (two writers given one number would have failed on the key, thrown from get above) and
        // the chain checks whole
        assertThat(jdbc.queryForObject("select count(*) from audit_log where seq > ? and detail = 'concurrent'",
                Integer.class, before)).isEqualTo(threads * each);
        assertThat(audit.verify(auditorScope()).whole()).isTrue();

        // a caller whose own transaction rolls back: its log row stays (the log is written outside it)
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(AuditEvent.of(AuditKind.SIGNED_IN, "rolled-back-caller", "10.0.0.9", "kept"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = 'rolled-back-caller'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void theAuditorReadsTheLogAndNothingElseAndTheOrgAdminCannotReadIt() throws Exception {
        mvc.perform(formLogin().user("member").password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        String page = mvc.perform(get("/audit").with(AUDITOR).param("user", "member").param("kind", "SIGN_IN_FAILED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("安全审计日志", "登录失败", ">member<", "127.0.0.1");
        assertThat(page).doesNotContain("登录（密码正确）</td>");
        mvc.perform(get("/audit/export").with(AUDITOR).param("user", "member")).andExpect(status().isOk());
        mvc.perform(post("/audit/check").with(AUDITOR).with(csrf())).andExpect(redirectedUrl("/audit"));
        mvc.perform(get("/").with(AUDITOR)).andExpect(redirectedUrl("/audit"));
        for (String other : List.of("/members", "/activities", "/dashboard", "/accounts", "/api/v1/units",
                "/messages")) {
            mvc.perform(get(other).with(AUDITOR)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/account/password").with(AUDITOR)).andExpect(status().isOk());
        // the org admin runs the system and cannot read or clear the log
        mvc.perform(get("/audit").with(admin())).andExpect(status().isForbidden());
        long before = last();
        mvc.perform(post("/audit/check").with(admin()).with(csrf())).andExpect(status().isForbidden());
        // a write the security rules refuse is logged too, with its 403
        assertThat(jdbc.queryForList("select username || ' ' || action || ' ' || result from audit_log"
                + " where seq > ? and kind = 'WRITE'", String.class, before))
                .containsExactly("admin POST /audit/check 403");
    }

    @Test
    void theOrgAdminCannotSetUpChangeOrResetTheAuditor() throws Exception {
        String name = Pages.unique("aud").replace('-', '_');
        String form = mvc.perform(post("/accounts/new").with(admin()).with(csrf()).param("username", name)
                .param("displayName", "审计员").param("role", "AUDITOR")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("组织部管理员不能设立");
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, name))
                .isZero();
        long auditor = jdbc.queryForObject("select id from account where username = 'auditor'", Long.class);
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, auditor);
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, auditor);
        for (String action : List.of("/reset-password", "/disable", "/second-factor/reset")) {
            mvc.perform(post("/accounts/" + auditor + action).with(admin()).with(csrf())
                    .param("version", Long.toString(version))).andExpect(status().is4xxClientError());
        }
        assertThat(jdbc.queryForMap("select password_hash, enabled, version from account where id = ?", auditor))
                .containsEntry("password_hash", hash).containsEntry("enabled", true).containsEntry("version", version);
        // nor is the role among those the account form offers
        assertThat(mvc.perform(get("/accounts/new").with(admin())).andReturn().getResponse().getContentAsString())
                .doesNotContain("value=\"AUDITOR\"");
    }

    @Test
    void oldRowsMoveToAClosedArchiveBatchAndTheChainGoesOnFromIt() throws Exception {
        audit.record(AuditEvent.of(AuditKind.SIGNED_IN, "old", "10.0.0.2", "before the cutoff"));
        long live = jdbc.queryForObject("select count(*) from audit_log", Long.class);
        long last = last();
        String lastHash = jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, last);
        int moved = auditLog.archiveBefore(java.time.Instant.now().plusSeconds(60), 1_000_000,
                java.time.Instant.now());
        assertThat(moved).isEqualTo(live);
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isZero();
        Map<String, Object> batch = jdbc.queryForMap("select last_seq, last_hash, rows, content from audit_archive"
                + " order by last_seq desc limit 1");
        assertThat(batch.get("last_seq")).isEqualTo(last);
        assertThat(batch.get("last_hash")).isEqualTo(lastHash);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream((byte[]) batch.get("content")))) {
            String lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(lines.lines().count()).isEqualTo(live);
            assertThat(lines.lines().reduce((a, b) -> b).orElseThrow()).contains("\"username\" : \"old\"");
        }
        // an archive batch cannot be changed or removed either
        assertThatThrownBy(() -> jdbc.update("delete from audit_archive")).hasStackTraceContaining("append-only");
        // the next row follows on from the archive, and the chain is whole
        audit.record(AuditEvent.of(AuditKind.SIGNED_IN, "new", "10.0.0.3", "after the archive"));
        assertThat(jdbc.queryForObject("select prev_hash from audit_log where seq = ?", String.class, last + 1))
                .isEqualTo(lastHash);
        assertThat(audit.verify(auditorScope()).whole()).isTrue();
    }

    @Test
    void listsStarTheMobilesAndTheRecordsWholeNumberIsLoggedWhenSeen() throws Exception {
        RequestPostProcessor leader = user("leader").roles("GROUP_LEADER");
        long id = jdbc.queryForObject("""
                select m.id from member m join membership s on s.member_id = m.id join unit u on u.id = s.unit_id
                where u.name = ? and m.mobile is not null order by m.id limit 1""", Long.class, Demo.TEA_GROUP);
        String mobile = jdbc.queryForObject("select mobile from member where id = ?", String.class, id);
        String starred = mobile.substring(0, 3) + "****" + mobile.substring(7);
        String list = mvc.perform(get("/members").with(leader)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(starred).doesNotContain(">" + mobile + "<");
        assertThat(mvc.perform(get("/members").param("q", mobile).with(admin())).andReturn().getResponse()
                .getContentAsString()).contains(">" + mobile + "<");
        long before = last();
        String record = mvc.perform(get("/members/" + id).with(leader)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(record).contains(mobile);
        assertThat(jdbc.queryForList("select target from audit_log where seq > ? and kind = 'PERSONAL_DATA_VIEWED'"
                + " and username = 'leader'", String.class, before)).containsExactly("/members/" + id);
    }

    private void tamper(long seq, String username) {
        jdbc.execute("alter table audit_log disable trigger audit_log_no_update");
        try {
            jdbc.update("update audit_log set username = ? where seq = ?", username, seq);
        } finally {
            jdbc.execute("alter table audit_log enable trigger audit_log_no_update");
        }
    }

    private long last() {
        Long seq = jdbc.queryForObject("select max(seq) from audit_log", Long.class);
        return seq == null ? 0 : seq;
    }

    private static Scope auditorScope() {
        return new Scope(null, "auditor", Role.AUDITOR, null, null, null, null);
    }

    @Autowired
    cn.helituan.domain.audit.SessionExpiry sessionExpiry;

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndLogged() throws Exception {
        long before = last();
        String name = Pages.unique("无令牌单位");
        mvc.perform(post("/work-units/new").with(user("leader").roles("GROUP_LEADER")).param("name", name)
                .param("kind", "PARTY_GOVERNMENT")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from work_unit where name = ?", Integer.class, name)).isZero();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select kind, username, action, result, detail from audit_log where seq > ? and username = 'leader'
                order by seq""", before);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("WRITE");
            assertThat(r.get("action")).isEqualTo("POST /work-units/new");
            assertThat(r.get("result")).isEqualTo("403");
            assertThat(r.get("detail")).isEqualTo("CSRF token refused");
        });
    }

    @Test
    void anExpiredSessionIsEndedAndLoggedOnceAndALiveOneIsKept() {
        long before = last();
        String expired = java.util.UUID.randomUUID().toString();
        String anonymous = java.util.UUID.randomUUID().toString();
        String live = java.util.UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        for (Object[] row : List.of(new Object[] {expired, "member", now - 60_000},
                new Object[] {anonymous, null, now - 60_000}, new Object[] {live, "member", now + 1_800_000})) {
            jdbc.update("""
                    insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                max_inactive_interval, expiry_time, principal_name)
                    values (?, ?, ?, ?, 1800, ?, ?)""", row[0], row[0], now - 3_600_000, now - 1_860_000, row[2], row[1]);
        }
        sessionExpiry.endExpired();
        sessionExpiry.endExpired(); // a second run (another instance's) finds nothing more to log
        assertThat(jdbc.queryForList("select primary_id from spring_session where primary_id in (?, ?, ?)",
                String.class, expired, anonymous, live)).containsExactly(live);
        assertThat(jdbc.queryForList("select username from audit_log where seq > ? and kind = 'SESSION_ENDED'",
                String.class, before)).containsExactly("member");
        jdbc.update("delete from spring_session where primary_id = ?", live);
    }
}
