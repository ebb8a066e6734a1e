package cn.helituan.app.member;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The roster's endpoints (MemberController, MemberExportController) and the dispatching units' (WorkUnitController,
 * WorkUnitExportController) against a member of the welfare sub-team's medical group: the outsiders neither read nor
 * change them, nor move them in or out of a unit, and their lists do not show them. The dispatching units are
 * deployment-wide reference data: every roster reader reads them, only org admins change them.
 *
 * <p>A member who served in the tea group and now sits in the medical group (made here, recorded as "scope-probe"
 * rather than "system" so that the demo county's shape stays as documented) is inside the outsiders' scope (they read
 * members who have or had a membership in it), but their current unit is not: their page and the lists show them
 * without naming the medical group, and the outsiders do not end that membership.
 */
class MemberProbes implements FeatureProbes {

    private static final List<String> ROSTER_READERS = List.of("subteam", "leader", "member");
    private static final List<String> SECRETARY = List.of("secretary");
    private static final List<String> NOT_STRUCTURE = List.of("leader", "member", "secretary");

    private final JdbcTemplate jdbc;
    private final Demo demo;

    private static final String MOVED = "探针调出成员";
    private static final String MOVED_MOBILE = "13999990001";

    private final long moved;

    MemberProbes(JdbcTemplate jdbc, Demo demo, MemberService members) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.moved = moved(jdbc, demo, members);
    }

    /** The member moved from the tea group to the medical group, made once (the test context is shared). */
    private static synchronized long moved(JdbcTemplate jdbc, Demo demo, MemberService members) {
        List<Long> found = jdbc.queryForList("select id from member where mobile = ?", Long.class, MOVED_MOBILE);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext probe = SecurityContextHolder.createEmptyContext();
        probe.setAuthentication(new TestingAuthenticationToken("scope-probe", null, "ROLE_ORG_ADMIN"));
        SecurityContextHolder.setContext(probe);
        try {
            Scope system = Scope.system();
            long id = members.create(system, new MemberDetails(MOVED, Gender.FEMALE, demo.workUnitId("县人民医院"),
                    "主治医师", null, "内科", MOVED_MOBILE, true, MemberType.DOCTOR, null),
                    demo.unitId(Demo.TEA_GROUP), Position.MEMBER, LocalDate.of(2025, 3, 1)).getId();
            members.join(system, id, demo.unitId(Demo.MEDICAL_GROUP), Position.MEMBER, LocalDate.of(2025, 6, 1));
            Membership tea = members.memberships(system, id).stream()
                    .filter(m -> m.getUnit().getName().equals(Demo.TEA_GROUP)).findFirst().orElseThrow();
            members.leave(system, tea.getId(), tea.getVersion(), LocalDate.of(2025, 6, 1));
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
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
        Map<String, Object> movedIn = jdbc.queryForMap(
                "select id, version from membership where member_id = ? and unit_id = ? and left_on is null",
                moved, medical);
        String movedMembership = movedIn.get("id").toString();
        String movedMembershipVersion = movedIn.get("version").toString();
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

                // the member moved out to the medical group: read, but not where they sit now
                .shownWithout(ROSTER_READERS, "/members/" + moved, Demo.MEDICAL_GROUP)
                .shownWithout(ROSTER_READERS, "/members?q=" + MOVED, Demo.MEDICAL_GROUP)
                .refused("POST", "/members/" + moved + "/memberships/" + movedMembership + "/leave",
                        "version", movedMembershipVersion, "leftOn", "2026-01-01")

                // dispatching units: read by the roster's readers (they hold no member), changed by org admins
                .shownWithout(ROSTER_READERS, "/work-units", name)
                .refused(SECRETARY, "GET", "/work-units")
                // type to find a work unit: reference data for the roster's readers, not for a first secretary
                .refused(SECRETARY, "GET", "/work-units/choices?q=医院")
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
