package cn.helituan.app.station;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.station.RotationService;
import cn.helituan.domain.station.StationService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rotation (RotationController) against a village of the probes' own ({@value #CODE}), paired only with the welfare
 * sub-team's medical group, whose first secretary (there since three years ago) is rotating out to another medical
 * group member in a month: another sub-team's leader, another group's leader, a plain member and another village's
 * cadre neither read the rotation, write or sign its handover, nor record a rotation of the incoming stationing, and
 * the due lists do not show the village to them.
 */
class RotationProbes implements FeatureProbes {

    static final String CODE = "PROBE-ROTATION";
    static final String NAME = "轮换探针村";

    private final JdbcTemplate jdbc;
    private final long rotationId;
    private final long incomingId;

    RotationProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted, RelationshipService relationships,
                   MemberService members, StationService stations, RotationService rotations) {
        this.jdbc = jdbc;
        this.rotationId = rotation(jdbc, demo, assisted, relationships, members, stations, rotations);
        this.incomingId = jdbc.queryForObject("select incoming_id from station_rotation where id = ?", Long.class,
                rotationId);
    }

    private static synchronized long rotation(JdbcTemplate jdbc, Demo demo, AssistedService assisted,
                                              RelationshipService relationships, MemberService members,
                                              StationService stations, RotationService rotations) {
        List<Long> made = jdbc.queryForList("select r.id from station_rotation r join assisted_object o"
                + " on o.id = r.object_id where o.code = ?", Long.class, CODE);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        LocalDate today = LocalDate.now();
        long village = assisted.create(Scope.system(), new AssistedDetails(AssistedKind.VILLAGE, NAME, CODE, null,
                null, null, null, Set.of(), Set.of(), null, null, null, null, null),
                new ObjectPlace(34.6, 107.6, 1000)).getId();
        LocalDate paired = today.minusMonths(6);
        relationships.create(Scope.system(), demo.unitId(Demo.MEDICAL_GROUP), village, paired,
                paired.plusYears(1).minusDays(1), AssistanceFocus.RURAL_REVITALIZATION, null);
        String outgoing = member(members, demo, "13600250001", "轮换探针原书记");
        String incoming = member(members, demo, "13600250002", "轮换探针接任书记");
        long stationing = stations.station(Scope.system(), village, new StationService.Station(outgoing,
                today.minusYears(3), StationingRecord.firstSecretary())).getId();
        return rotations.rotate(Scope.system(), stationing, new RotationService.Rotate(0, today.plusDays(30),
                incoming, "探针交接")).getId();
    }

    private static String member(MemberService members, Demo demo, String mobile, String name) {
        members.create(Scope.system(), new MemberDetails(name, Gender.MALE, demo.workUnitId("县人民医院"), "科员",
                null, null, mobile, true, MemberType.CADRE, null), demo.unitId(Demo.MEDICAL_GROUP), Position.MEMBER,
                LocalDate.now().minusYears(4));
        return mobile;
    }

    @Override
    public List<Probe> probes() {
        String record = "/rotations/" + rotationId;
        String version = String.valueOf(
                jdbc.queryForObject("select version from station_rotation where id = ?", Long.class, rotationId));
        String incomingVersion = String.valueOf(
                jdbc.queryForObject("select version from stationing where id = ?", Long.class, incomingId));
        String otherMobile = "13600250001";
        return new ProbeSet()
                .shownWithout("/rotations/due", NAME)
                .shownWithout("/rotations/due?kind=LONG", NAME)
                .shownWithout("/rotations/due/export?kind=LONG", NAME)
                .refused("GET", record)
                .refused("POST", record + "/handover", "situation", "探针改写", "version", version)
                .refused("POST", record + "/sign", "version", version)
                .refused("GET", "/stationings/" + incomingId + "/rotate")
                .refused("POST", "/stationings/" + incomingId + "/rotate", "endsOn",
                        LocalDate.now().plusDays(60).toString(), "mobile", otherMobile, "version", incomingVersion)
                .probes();
    }
}
