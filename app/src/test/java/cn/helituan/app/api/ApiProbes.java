package cn.helituan.app.api;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data API (ApiController, GET only), signed in by session as each outsider: every list is filtered by the
 * caller's scope as its page is, so none shows the welfare sub-team's medical group, its members, its term with
 * 柳河社区 or its activities; a filter naming the medical group is refused; the register is refused as on its page.
 */
class ApiProbes implements FeatureProbes {

    private static final List<String> ROSTER_READERS = List.of("subteam", "leader", "member");
    private static final List<String> SECRETARY = List.of("secretary");
    /** An activity of the medical group's (at 柳河社区), in the demo county. */
    private static final String MEDICAL_ACTIVITY = "社区义诊";

    private final JdbcTemplate jdbc;
    private final Demo demo;

    ApiProbes(JdbcTemplate jdbc, Demo demo) {
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    public List<Probe> probes() {
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        String memberName = jdbc.queryForObject("select name from member where id = ?", String.class,
                demo.memberIn(Demo.MEDICAL_GROUP));
        return new ProbeSet()
                // the dashboard: the leaders of a sub-team or group; not a plain member, not a first secretary
                .shownWithout(List.of("subteam", "leader"), "/api/v1/dashboard", Demo.MEDICAL_GROUP)
                .refused(List.of("member", "secretary"), "GET", "/api/v1/dashboard")
                .shownWithout(ROSTER_READERS, "/api/v1/units", Demo.MEDICAL_GROUP)
                .refused(SECRETARY, "GET", "/api/v1/units")
                .shownWithout(ROSTER_READERS, "/api/v1/members?size=200", memberName)
                // nor the unit a member now sits in outside the scope (MemberProbes moves one from the tea group
                // to the medical group)
                .shownWithout(ROSTER_READERS, "/api/v1/members?size=200&page=1", Demo.MEDICAL_GROUP)
                .refused(SECRETARY, "GET", "/api/v1/members")
                .refused("GET", "/api/v1/members?unit=" + medical)
                .refused("GET", "/api/v1/objects")
                .shownWithout(ROSTER_READERS, "/api/v1/relationships", "柳河社区")
                .refused(SECRETARY, "GET", "/api/v1/relationships")
                // a first secretary reads their village's activities, whichever group logged them
                .shownWithout("/api/v1/activities?size=200", MEDICAL_ACTIVITY)
                .refused(ROSTER_READERS, "GET", "/api/v1/activities?unit=" + medical)
                // a first secretary's activities are their village's: the unit filter is not theirs to narrow, so
                // it answers their own list (not the medical group's) rather than a refusal
                .shownWithout(SECRETARY, "/api/v1/activities?unit=" + medical, MEDICAL_ACTIVITY)
                .probes();
    }
}
