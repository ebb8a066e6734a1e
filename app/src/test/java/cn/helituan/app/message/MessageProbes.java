package cn.helituan.app.message;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.AnnouncementDetails;
import cn.helituan.domain.message.AnnouncementService;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Messages and announcements probed by the outsiders: a message of the admin's (its id opened by another account is
 * not found, and stays unread), an announcement to the welfare sub-team's group leaders (not sent to an outsider:
 * not found), the announcement pages (the org admin's only: refused). "All read" is sent by an account of its own
 * with nothing unread: it answers and changes nothing.
 */
class MessageProbes implements FeatureProbes {

    private static final String HIDDEN = "探针消息不外泄";

    private final long message;
    private final long announcement;
    private final String quiet;

    MessageProbes(JdbcTemplate jdbc, Demo demo, MessageService messages, AnnouncementService announcements) {
        List<Long> told = jdbc.queryForList("select id from message where args[1] = ? order by id", Long.class,
                HIDDEN);
        message = told.isEmpty() ? messages.tell(demo.accountId("admin"), MessageKind.ACTIVITY_CONFIRMED,
                List.of(HIDDEN, "青山村"), "/activities").getId() : told.get(0);
        long welfare = demo.unitId(Demo.WELFARE);
        List<Long> sent = jdbc.queryForList("select id from announcement where title = ? order by id", Long.class,
                HIDDEN);
        announcement = sent.isEmpty() ? announcements.publish(Scope.system(),
                new AnnouncementDetails(HIDDEN, "只发给民生服务分团的组长", welfare, Set.of(Role.GROUP_LEADER))).getId()
                : sent.get(0);
        quiet = Pages.unique("quiet");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, must_change_password,
                                     created_at) values (?, 'x', '探针', 'REVIEWER', ?, false, now())""",
                quiet, demo.unitId(Demo.TEAM));
    }

    @Override
    public List<Probe> probes() {
        String a = "/announcements/" + announcement;
        return new ProbeSet()
                .shownWithout("/messages", HIDDEN)
                .refused("GET", "/messages/" + message)
                .send(List.of(quiet), "POST", "/messages/read-all", Set.of(302), null)
                .refused("GET", "/announcements")
                .refused("GET", "/announcements/new")
                .refused("POST", "/announcements", "title", "越权公告", "body", "不应发布")
                .refused("GET", a)
                .probes();
    }
}
