package cn.helituan.app.member;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster's endpoints (MemberController, MemberExportController) and the dispatching units' (WorkUnitController,
 * WorkUnitExportController) against a member of the welfare sub-team's medical group: the outsiders neither read nor
 * change them, nor move them in or out of a unit, and their lists do not show them. The dispatching units are
 * deployment-wide reference data: every roster reader reads them, only org admins change them.
 */
class MemberProbes implements FeatureProbes {

    private static final List<String> ROSTER_READERS = List.of("subteam", "leader", "member");
    private static final List<String> SECRETARY = List.of("secretary");
    private static final List<String> NOT_STRUCTURE = List.of("leader", "member", "secretary");

    private final JdbcTemplate jdbc;
    private final Demo demo;

    MemberProbes(JdbcTemplate jdbc, Demo demo) {
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    public List<Probe> probes() {
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        long tea = demo.unitId(Demo.TEA_GROUP);
        long memberId = demo.memberIn(Demo.MEDICAL_GROUP);
        Map<String, Object> member = jdbc.queryForMap(
                "select name, version, work_unit_id, mobile from member where id = ?", memberId);
        String name = (String) member.get("name");
        String version = member.get("version").toString();
        long workUnitId = ((Number) member.get("work_unit_id")).longValue();
        Map<String, Object> membership = jdbc.queryForMap(
                "select id, version from membership where member_id = ? and unit_id = ? and left_on is null",
                memberId, medical);
        String membershipId = membership.get("id").toString();
        String membershipVersion = membership.get("version").toString();
        long teaMember = demo.memberIn(Demo.TEA_GROUP);
        String workUnitVersion = String.valueOf(
                jdbc.queryForObject("select version from work_unit where id = ?", Long.class, workUnitId));
        String page = "/members/" + memberId;
        String workUnit = "/work-units/" + workUnitId;

        return new ProbeSet()
                // the list and its export: the roster's readers see their part; a first secretary reads no roster
                .shownWithout(ROSTER_READERS, "/members", name)
                // searched by name: not found (the search box shows the name typed, so the link is what must not show)
                .shownWithout(ROSTER_READERS, "/members?q=" + name, page + "\"")
                .refused(SECRETARY, "GET", "/members")
                .refused("GET", "/members?unit=" + medical)
                .shownWithout(ROSTER_READERS, "/members/export", name)
                .refused(SECRETARY, "GET", "/members/export")
                .refused("GET", "/members/export?unit=" + medical)
                .refused("GET", page)
                // the new-member form ignores a unit outside the scope (its choices are the scope's units)
                .shownWithout(List.of("subteam"), "/members/new?unit=" + medical, Demo.MEDICAL_GROUP)
                .refused(NOT_STRUCTURE, "GET", "/members/new?unit=" + medical)
                .refused("POST", "/members/new", "name", "越权新人", "gender", "MALE",
                        "workUnitId", String.valueOf(workUnitId), "mobile", "13999999997", "type", "CADRE",
                        "unitId", String.valueOf(medical), "position", "MEMBER", "joinedOn", "2025-01-01")
                .refused("GET", page + "/edit")
                .refused("POST", page + "/edit", "name", "越权改名", "gender", "MALE",
                        "workUnitId", String.valueOf(workUnitId), "mobile", (String) member.get("mobile"),
                        "type", "DOCTOR", "version", version)
                // the medical member pulled into one's own group, and one's own member put into the medical group
                .refused("POST", page + "/memberships", "unitId", String.valueOf(tea), "position", "MEMBER",
                        "joinedOn", "2025-01-01")
                .refused("POST", "/members/" + teaMember + "/memberships", "unitId", String.valueOf(medical),
                        "position", "MEMBER", "joinedOn", "2025-01-01")
                .refused("POST", page + "/memberships/" + membershipId + "/leave",
                        "version", membershipVersion, "leftOn", "2026-01-01")
                // the medical membership ended through a member of one's own
                .refused("POST", "/members/" + teaMember + "/memberships/" + membershipId + "/leave",
                        "version", membershipVersion, "leftOn", "2026-01-01")
                .refused("POST", page + "/archive", "version", version)

                // dispatching units: read by the roster's readers (they hold no member), changed by org admins
                .shownWithout(ROSTER_READERS, "/work-units", name)
                .refused(SECRETARY, "GET", "/work-units")
                .shownWithout(ROSTER_READERS, "/work-units/export", name)
                .refused(SECRETARY, "GET", "/work-units/export")
                .shownWithout(ROSTER_READERS, workUnit, name)
                .refused(SECRETARY, "GET", workUnit)
                .refused("GET", "/work-units/new")
                .refused("POST", "/work-units/new", "name", "越权单位", "kind", "OTHER")
                .refused("GET", workUnit + "/edit")
                .refused("POST", workUnit + "/edit", "name", "越权单位", "kind", "OTHER", "version", workUnitVersion)
                .refused("POST", workUnit + "/archive", "version", workUnitVersion)
                .probes();
    }
}
