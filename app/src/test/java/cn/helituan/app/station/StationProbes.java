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
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.station.CheckInService;
import cn.helituan.domain.station.StationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stationing register, records and check-ins (StationController, CheckInController) against 柳河社区, the
 * community only the welfare sub-team's medical group is paired with, whose first secretary (a member of the medical
 * group, as AssistedProbes stations them) has checked in today: the industry sub-team's leader neither stations
 * there nor reads its records or check-ins, a group leader and a plain member read their own stationings only (none),
 * and 青山村's first secretary is stationed elsewhere, so checking in at 柳河社区 is not found. And a village of the
 * probes' own ({@value #ENDED_CODE}) whose pairing with the tea group (under the industry sub-team) ended in 2024,
 * with a cadre of the tea group still stationed there: the industry sub-team's leader, whose term there is over, no
 * longer reads or edits the record, ends the stationing, stations anyone or reads the village's check-ins.
 */
class StationProbes implements FeatureProbes {

    private static final String OBJECT = "柳河社区";
    static final String ENDED_CODE = "PROBE-ENDED-PAIRING";
    static final String ENDED_NAME = "结对已结束探针村";

    private final JdbcTemplate jdbc;
    private final Demo demo;
    private final long objectId;
    private final long stationingId;
    private final long checkInId;
    private final long endedObjectId;
    private final long endedStationingId;

    StationProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted, CheckInService checkIns,
                  RelationshipService relationships, MemberService members, StationService stations) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.objectId = jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, OBJECT);
        this.stationingId = stationing(jdbc, demo, assisted, objectId);
        this.checkInId = checkIn(jdbc, checkIns, objectId, stationingId);
        this.endedObjectId = endedPairing(jdbc, demo, assisted, relationships);
        this.endedStationingId = endedPairingCadre(jdbc, demo, members, stations, endedObjectId);
    }

    /** The village whose only pairing (the tea group's, 2023–2024) was ended on 2024-06-30. */
    private static synchronized long endedPairing(JdbcTemplate jdbc, Demo demo, AssistedService assisted,
                                                  RelationshipService relationships) {
        List<Long> made = jdbc.queryForList("select id from assisted_object where code = ?", Long.class, ENDED_CODE);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        long village = assisted.create(Scope.system(), new AssistedDetails(AssistedKind.VILLAGE, ENDED_NAME,
                ENDED_CODE, null, null, null, null, Set.of(), Set.of(), null, null, null, null, null),
                new ObjectPlace(34.5, 107.5, 1000)).getId();
        long term = relationships.create(Scope.system(), demo.unitId(Demo.TEA_GROUP), village,
                LocalDate.of(2023, 7, 1), LocalDate.of(2025, 6, 30), AssistanceFocus.RURAL_REVITALIZATION, null)
                .getId();
        long version = jdbc.queryForObject("select version from assistance_relationship where id = ?", Long.class, term);
        relationships.end(Scope.system(), term, version, LocalDate.of(2024, 6, 30));
        return village;
    }

    /** A tea group's member stationed in that village since 2024-03-01, still there. */
    private static synchronized long endedPairingCadre(JdbcTemplate jdbc, Demo demo, MemberService members,
                                                       StationService stations, long village) {
        List<Long> open = jdbc.queryForList("select id from stationing where object_id = ? and ends_on is null",
                Long.class, village);
        if (!open.isEmpty()) {
            return open.get(0);
        }
        String mobile = "13600240630";
        members.create(Scope.system(), new MemberDetails("结对已结束驻村干部", Gender.FEMALE,
                demo.workUnitId("县人民医院"), "科员", null, null, mobile, true, MemberType.CADRE, null),
                demo.unitId(Demo.TEA_GROUP), Position.MEMBER, LocalDate.of(2024, 1, 1));
        return stations.station(Scope.system(), village, new StationService.Station(mobile,
                LocalDate.of(2024, 3, 1), StationingRecord.firstSecretary())).getId();
    }

    static synchronized long stationing(JdbcTemplate jdbc, Demo demo, AssistedService assisted,
                                                long objectId) {
        List<Long> open = jdbc.queryForList("select id from stationing where object_id = ? and ends_on is null",
                Long.class, objectId);
        if (!open.isEmpty()) {
            return open.get(0);
        }
        String mobile = jdbc.queryForObject("select mobile from member where id = ?", String.class,
                demo.memberIn(Demo.MEDICAL_GROUP));
        return assisted.station(Scope.system(), objectId, mobile, LocalDate.of(2025, 6, 1)).getId();
    }

    private static synchronized long checkIn(JdbcTemplate jdbc, CheckInService checkIns, long objectId,
                                             long stationingId) {
        long member = jdbc.queryForObject("select member_id from stationing where id = ?", Long.class, stationingId);
        List<Long> made = jdbc.queryForList("select id from station_checkin where member_id = ? order by id desc",
                Long.class, member);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        byte[] photo;
        try {
            photo = ExifJpeg.plain(4242);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scope cadre = new Scope(null, "probe-cadre", Role.FIRST_SECRETARY, null, null, objectId, member);
        return checkIns.checkIn(cadre, objectId, new CheckInService.Command(34.36, 107.24, 10.0,
                new PhotoUpload("image/jpeg", 64, 48, null, photo, photo), null, null)).getId();
    }

    @Override
    public List<Probe> probes() {
        String page = "/objects/" + objectId;
        String record = "/stationings/" + stationingId;
        String version = String.valueOf(
                jdbc.queryForObject("select version from stationing where id = ?", Long.class, stationingId));
        String teaMobile = jdbc.queryForObject("select mobile from member where id = ?", String.class,
                demo.memberIn(Demo.TEA_GROUP));
        String today = LocalDate.now().toString();
        String endedVersion = String.valueOf(
                jdbc.queryForObject("select version from stationing where id = ?", Long.class, endedStationingId));
        return new ProbeSet()
                // the register: the paired villages' to a sub-team leader, one's own to a cadre
                .shownWithout("/stationings", OBJECT)
                .shownWithout("/stationings?open=true&role=FIRST_SECRETARY", OBJECT)
                .shownWithout("/stationings/export", OBJECT)
                .refused("GET", record)
                .refused("GET", record + "/edit")
                .refused("POST", record + "/edit", "role", "TEAM_MEMBER", "subsidyPerDay", "1", "version", version)
                .refused("GET", page + "/stationings/new")
                .refused("POST", page + "/stationings/new", "role", "TEAM_MEMBER", "mobile", teaMobile,
                        "startsOn", today)
                // the check-in: one's own village only; a village's list and photos to its writers
                .shownWithout("/checkin", OBJECT)
                .shownWithout("/checkins", OBJECT)
                // the photo as the body (the page's script), and the form (no script)
                .refused("POST", page + "/checkins", Probe.CONTENT_TYPE, "application/octet-stream",
                        "latitude", "34.36", "longitude", "107.24", "accuracy", "10")
                .refused("POST", page + "/checkins", Probe.CONTENT_TYPE, "application/x-www-form-urlencoded",
                        "latitude", "34.36", "longitude", "107.24", "accuracy", "10")
                .refused("GET", page + "/checkins")
                .refused("GET", page + "/checkins?month=2026-06")
                .refused("GET", "/checkins/" + checkInId + "/photo")
                .refused("GET", "/checkins/" + checkInId + "/photo?thumbnail=true")
                // the dashboard's figures' lists: today's stationings and check-ins (柳河社区's first secretary checked
                // in today); the day's check-ins are for the villages' readers only
                .shownWithout("/stationings?on=" + LocalDate.now(), OBJECT)
                .shownWithout(List.of("subteam"), "/checkins/day", OBJECT)
                .shownWithout(List.of("subteam"), "/checkins/day?day=" + LocalDate.now(), OBJECT)
                .refused(List.of("leader", "member", "secretary"), "GET", "/checkins/day")
                // a sub-team leader whose group's pairing with the village has ended: no hold on its cadres
                .shownWithout(List.of("subteam"), "/stationings", ENDED_NAME)
                .shownWithout(List.of("subteam"), "/stationings?open=true", ENDED_NAME)
                .refused(List.of("subteam"), "GET", "/stationings/" + endedStationingId)
                .refused(List.of("subteam"), "GET", "/stationings/" + endedStationingId + "/edit")
                .refused(List.of("subteam"), "POST", "/stationings/" + endedStationingId + "/edit",
                        "role", "FIRST_SECRETARY", "subsidyPerDay", "500", "version", endedVersion)
                .refused(List.of("subteam"), "POST", "/objects/" + endedObjectId + "/secretaries/"
                        + endedStationingId + "/end", "version", endedVersion, "endsOn", today)
                .refused(List.of("subteam"), "GET", "/objects/" + endedObjectId + "/stationings/new")
                .refused(List.of("subteam"), "GET", "/objects/" + endedObjectId + "/checkins")
                .probes();
    }
}
