package cn.helituan.app.station;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.station.CheckInService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stationing register, records and check-ins (StationController, CheckInController) against 柳河社区, the
 * community only the welfare sub-team's medical group is paired with, whose first secretary (a member of the medical
 * group, as AssistedProbes stations them) has checked in today: the industry sub-team's leader neither stations
 * there nor reads its records or check-ins, a group leader and a plain member read their own stationings only (none),
 * and 青山村's first secretary is stationed elsewhere, so checking in at 柳河社区 is not found.
 */
class StationProbes implements FeatureProbes {

    private static final String OBJECT = "柳河社区";

    private final JdbcTemplate jdbc;
    private final Demo demo;
    private final long objectId;
    private final long stationingId;
    private final long checkInId;

    StationProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted, CheckInService checkIns) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.objectId = jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, OBJECT);
        this.stationingId = stationing(jdbc, demo, assisted, objectId);
        this.checkInId = checkIn(jdbc, checkIns, objectId, stationingId);
    }

    private static synchronized long stationing(JdbcTemplate jdbc, Demo demo, AssistedService assisted,
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
                .refused("POST", page + "/checkins", "latitude", "34.36", "longitude", "107.24", "accuracy", "10")
                .refused("GET", page + "/checkins")
                .refused("GET", page + "/checkins?month=2026-06")
                .refused("GET", "/checkins/" + checkInId + "/photo")
                .refused("GET", "/checkins/" + checkInId + "/photo?thumbnail=true")
                .probes();
    }
}
