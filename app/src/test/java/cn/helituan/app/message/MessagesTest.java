package cn.helituan.app.message;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reading messages (own only, newest first, unread marked and counted in the menu; opening one reads it and goes to
 * its page; all read at once) and announcements (the org admin's, to exactly the accounts of their scope, once per
 * form key, counted as received and read).
 */
class MessagesTest extends FullStackTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    MessageService messages;

    /** A new account of the role, scoped to the unit or object; its user name. */
    private String account(String role, Long unitId, Long objectId) {
        String username = unique("msg");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, scope_object_id,
                                     must_change_password, created_at) values (?, 'x', ?, ?, ?, ?, false, now())""",
                username, username, role, unitId, objectId);
        return username;
    }

    private static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void openingAMessageReadsItAndGoesToItsPageAndAllCanBeReadAtOnce() throws Exception {
        String reader = account("MEMBER", demo.unitId(Demo.TEA_GROUP), null);
        RequestPostProcessor me = as(reader, "MEMBER");
        String first = unique("茶园培训");
        String second = unique("春茶销售");
        long older = messages.tell(id(reader), MessageKind.ACTIVITY_CONFIRMED, List.of(first, "青山村"), "/activities")
                .getId();
        messages.tell(id(reader), MessageKind.ACTIVITY_CONFIRMED, List.of(second, "石门村"), "/demands");

        String inbox = page("/messages", me);
        Pages.assertInOrder(inbox, "活动“" + second + "”已由石门村确认", "活动“" + first + "”已由青山村确认");
        assertThat(inbox).contains("id=\"nav-messages-unread\">2<", "共 2 条，2 条未读");
        assertThat(inbox.split("message-unread", -1)).as("two unread rows").hasSize(3);

        // another account's message: not found, and still unread
        String other = account("MEMBER", demo.unitId(Demo.TEA_GROUP), null);
        assertThat(mvc.perform(get("/messages/" + older).with(as(other, "MEMBER"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(readAt(older)).isNull();
        assertThat(Inbox.of(mvc, as(other, "MEMBER"))).doesNotContain(first).contains("暂无消息");

        MvcResult opened = mvc.perform(get("/messages/" + older).with(me)).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/activities");
        assertThat(readAt(older)).isNotNull();
        assertThat(page("/messages", me)).contains("id=\"nav-messages-unread\">1<", "共 2 条，1 条未读");

        MvcResult all = mvc.perform(post("/messages/read-all").with(me).with(csrf())).andReturn();
        assertThat(all.getResponse().getRedirectedUrl()).isEqualTo("/messages");
        assertThat(jdbc.queryForObject("select count(*) from message where account_id = ? and read_at is null",
                Long.class, id(reader))).isZero();
        inbox = page("/messages", me);
        assertThat(inbox).doesNotContain("nav-messages-unread").contains("共 2 条，0 条未读", first, second);
        assertThat(mvc.perform(get("/messages").param("page", "abc").with(me)).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    private Object readAt(long message) {
        return jdbc.queryForObject("select read_at from message where id = ?", Object.class, message);
    }

    private MvcResult publish(RequestPostProcessor who, String key, String title, Long unit, String... roles)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/announcements").with(who).with(csrf()).param("title", title)
                .param("body", "第一行\n第二行").param("formKey", key);
        if (unit != null) {
            request.param("scopeUnitId", String.valueOf(unit));
        }
        for (String role : roles) {
            request.param("roles", role);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void anAnnouncementReachesExactlyTheAccountsOfItsScopeOnce() throws Exception {
        long welfare = demo.unitId(Demo.WELFARE);
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        long tea = demo.unitId(Demo.TEA_GROUP);
        long paired = jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, categories, goals, created_at, created_by)
                values ('VILLAGE', ?, ?, '', '', now(), 'test') returning id""", Long.class, unique("卫生村"),
                unique("T"));
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, current_date - 30, current_date + 300, 'RURAL_REVITALIZATION', 'ACTIVE', now(), 'test')""",
                medical, paired);
        long unpaired = jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, categories, goals, created_at, created_by)
                values ('VILLAGE', ?, ?, '', '', now(), 'test') returning id""", Long.class, unique("远山村"),
                unique("T"));
        String welfareLeader = account("GROUP_LEADER", medical, null);
        String welfareMember = account("MEMBER", medical, null);
        String welfareSubTeam = account("SUB_TEAM_LEADER", welfare, null);
        String teaLeader = account("GROUP_LEADER", tea, null);
        String pairedSecretary = account("FIRST_SECRETARY", null, paired);
        String unpairedSecretary = account("FIRST_SECRETARY", null, unpaired);
        String disabled = account("GROUP_LEADER", medical, null);
        jdbc.update("update account set enabled = false where username = ?", disabled);

        String title = unique("关于开展义诊活动的通知");
        String key = UUID.randomUUID().toString();
        MvcResult result = publish(ADMIN, key, title, welfare, "GROUP_LEADER", "FIRST_SECRETARY");
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        long id = Pages.redirectId(result);
        // sent again (a phone's retry): the first one's page, nothing published twice
        assertThat(publish(ADMIN, key, title, welfare, "GROUP_LEADER").getResponse().getRedirectedUrl())
                .isEqualTo("/announcements/" + id);
        assertThat(jdbc.queryForObject("select count(*) from announcement where title = ?", Long.class, title))
                .isEqualTo(1);

        // exactly the scope: the enabled group leaders under the sub-team, and the secretaries paired with its groups
        long expected = jdbc.queryForObject("""
                select count(*) from account a left join unit u on u.id = a.scope_unit_id
                where a.enabled and ((a.role = 'GROUP_LEADER' and u.path like (select path from unit where id = ?) || '%')
                   or (a.role = 'FIRST_SECRETARY' and a.scope_object_id in (
                        select r.object_id from assistance_relationship r join unit g on g.id = r.group_id
                        where g.path like (select path from unit where id = ?) || '%'
                          and r.starts_on <= current_date and coalesce(r.ended_on, r.ends_on) >= current_date)))""",
                Long.class, welfare, welfare);
        assertThat(jdbc.queryForObject("select count(*) from message where announcement_id = ?", Long.class, id))
                .isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(distinct account_id) from message where announcement_id = ?",
                Long.class, id)).as("one message per account").isEqualTo(expected);
        assertThat(Inbox.of(mvc, as(welfareLeader, "GROUP_LEADER"))).contains("通知公告：" + title);
        assertThat(Inbox.of(mvc, as(pairedSecretary, "FIRST_SECRETARY"))).contains("通知公告：" + title);
        for (String outside : List.of(welfareMember, welfareSubTeam, teaLeader, unpairedSecretary)) {
            String role = jdbc.queryForObject("select role from account where username = ?", String.class, outside);
            assertThat(Inbox.of(mvc, as(outside, role))).as(outside).doesNotContain(title);
            assertThat(mvc.perform(get("/announcements/" + id).with(as(outside, role))).andReturn().getResponse()
                    .getStatus()).as(outside + " opens it").isEqualTo(404);
        }
        assertThat(jdbc.queryForObject("select count(*) from message where account_id = ?", Long.class, id(disabled)))
                .isZero();

        // the list counts received and read; a recipient opening it is counted as read
        assertThat(Pages.after(page("/announcements", ADMIN), title, 600))
                .contains("received\">" + expected + "<", "read\">0<");
        long message = jdbc.queryForObject("select id from message where announcement_id = ? and account_id = ?",
                Long.class, id, id(welfareLeader));
        assertThat(mvc.perform(get("/messages/" + message).with(as(welfareLeader, "GROUP_LEADER"))).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/announcements/" + id);
        assertThat(page("/announcements/" + id, as(welfareLeader, "GROUP_LEADER"))).contains(title, "第一行\n第二行")
                .doesNotContain("id=\"announcement-received\"");
        assertThat(page("/announcements/" + id, ADMIN)).contains("id=\"announcement-received\">" + expected + "<",
                "id=\"announcement-read\">1<", "小组组长", "第一书记");
    }

    @Test
    void theWholeDeploymentsAnnouncementReachesEveryEnabledAccountFirstSecretariesIncluded() throws Exception {
        String title = unique("全县通知");
        long id = Pages.redirectId(publish(ADMIN, UUID.randomUUID().toString(), title, null));
        assertThat(jdbc.queryForObject("select count(*) from message where announcement_id = ?", Long.class, id))
                .isEqualTo(jdbc.queryForObject("select count(*) from account where enabled", Long.class));
        assertThat(Inbox.of(mvc, user("secretary").roles("FIRST_SECRETARY"))).contains("通知公告：" + title);
        assertThat(Inbox.of(mvc, user("reviewer").roles("REVIEWER"))).contains("通知公告：" + title);
    }

    @Test
    void onlyTheOrgAdminPublishesAndAFormWithMistakesPublishesNothing() throws Exception {
        assertThat(mvc.perform(get("/announcements").with(LEADER)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String title = unique("越权");
        assertThat(publish(LEADER, UUID.randomUUID().toString(), title, null).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from announcement where title = ?", Long.class, title))
                .isZero();

        MvcResult blank = mvc.perform(post("/announcements").with(ADMIN).with(csrf()).param("title", " ")
                .param("body", "正文").param("formKey", UUID.randomUUID().toString())).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        assertThat(blank.getResponse().getContentAsString()).contains("此项必填", "正文");
        assertThat(page("/announcements/new", ADMIN)).contains("name=\"formKey\"", "name=\"roles\"");
    }
}
