package cn.helituan.app.station;

import static cn.helituan.app.support.Pages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.station.StationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Villages of a test's own, paired with the tea group 2026–2027 (so the industry sub-team's leader, {@code subteam},
 * approves for them), and cadres stationed there with an account of their own.
 */
final class StationedCadres {

    /** A stationed cadre: their village, member, stationing, account and scope. */
    record Cadre(long objectId, long memberId, long stationingId, RequestPostProcessor who, Scope scope) {
    }

    private final JdbcTemplate jdbc;
    private final Demo demo;
    private final AssistedService assisted;
    private final RelationshipService relationships;
    private final MemberService members;
    private final StationService stations;

    StationedCadres(JdbcTemplate jdbc, Demo demo, AssistedService assisted, RelationshipService relationships,
                    MemberService members, StationService stations) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.assisted = assisted;
        this.relationships = relationships;
        this.members = members;
        this.stations = stations;
    }

    long village(String name) {
        long id = assisted.create(Scope.system(), new AssistedDetails(AssistedKind.VILLAGE, unique(name),
                unique("AT"), null, null, null, null, Set.of(), Set.of(), null, null, null, null, null),
                new ObjectPlace(34.36, 107.24, 1000)).getId();
        relationships.create(Scope.system(), demo.unitId(Demo.TEA_GROUP), id, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), AssistanceFocus.RURAL_REVITALIZATION, null);
        return id;
    }

    /** A tea-group member stationed in the village from the day in the role, paid the subsidy a day. */
    Cadre station(long village, String name, StationRole role, LocalDate from, LocalDate plannedEnd,
                  String subsidy) {
        String mobile = Pages.mobile();
        members.create(Scope.system(), new MemberDetails(unique(name), Gender.MALE, demo.workUnitId("县人民医院"),
                "科员", null, null, mobile, true, MemberType.CADRE, null), demo.unitId(Demo.TEA_GROUP),
                Position.MEMBER, LocalDate.of(2025, 1, 1));
        long stationing = stations.station(Scope.system(), village, new StationService.Station(mobile, from,
                new StationingRecord(role, null, null, plannedEnd, null, null, null, null, null,
                        subsidy == null ? null : new BigDecimal(subsidy)))).getId();
        long member = jdbc.queryForObject("select id from member where mobile = ?", Long.class, mobile);
        String username = unique("cadre");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_object_id, member_id,
                                     must_change_password, created_at) values (?, 'x', ?, 'FIRST_SECRETARY', ?, ?,
                                     false, now())""", username, name, village, member);
        long account = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        return new Cadre(village, member, stationing, user(username).roles("FIRST_SECRETARY"),
                new Scope(account, username, Role.FIRST_SECRETARY, null, null, village, member));
    }

    Cadre cadre(LocalDate from) {
        return station(village("考勤测试村"), "考勤干部", StationRole.FIRST_SECRETARY, from, null, "100");
    }
}
