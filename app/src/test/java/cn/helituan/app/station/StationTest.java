package cn.helituan.app.station;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.domain.station.StationService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The stationed work team and its record, the village's place and the daily check-in, on villages, members and
 * accounts of the test's own (each village paired with the tea group, so the industry sub-team's leader writes its
 * team). The clock is fixed at 2026-06-10 10:00 in the deployment's zone and moved a day at a time. The distances
 * are worked by hand in CheckInJudgeTest: 0.005° of latitude is 556 m, 0.01° is 1112 m.
 */
class StationTest extends FullStackTest {

    private static final Instant TEN_OCLOCK = LocalDateTime.of(2026, 6, 10, 10, 0).atZone(TestClock.ZONE).toInstant();
    private static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    private static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    TestClock clock;
    @Autowired
    AssistedService assisted;
    @Autowired
    RelationshipService relationships;
    @Autowired
    MemberService members;
    @Autowired
    StationService stations;
    @Autowired
    WorkUnitService workUnits;

    /** A stationed cadre: their village, member, stationing and account. */
    record Cadre(long objectId, long memberId, long stationingId, RequestPostProcessor who) {
    }

    @BeforeEach
    void tenOClock() {
        clock.set(TEN_OCLOCK);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void day(int plusDays) {
        clock.set(TEN_OCLOCK.plusSeconds(86_400L * plusDays));
    }

    private long village(ObjectPlace place) {
        long id = assisted.create(Scope.system(), new AssistedDetails(AssistedKind.VILLAGE, unique("驻村测试村"),
                unique("ST"), null, null, null, null, Set.of(), Set.of(), null, null, null, null, null), place).getId();
        relationships.create(Scope.system(), demo.unitId(Demo.TEA_GROUP), id, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), AssistanceFocus.RURAL_REVITALIZATION, null);
        return id;
    }

    private String member() {
        String mobile = Pages.mobile();
        members.create(Scope.system(), new MemberDetails(unique("驻村干部"), Gender.MALE,
                demo.workUnitId("县人民医院"), "科员", null, null, mobile, true, MemberType.CADRE, null),
                demo.unitId(Demo.TEA_GROUP), Position.MEMBER, LocalDate.of(2025, 1, 1));
        return mobile;
    }

    private Cadre cadre(ObjectPlace place) {
        long object = village(place);
        String mobile = member();
        long stationing = stations.station(Scope.system(), object, new StationService.Station(mobile,
                LocalDate.of(2026, 1, 1), StationingRecord.firstSecretary())).getId();
        long member = jdbc.queryForObject("select id from member where mobile = ?", Long.class, mobile);
        String username = unique("cadre");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_object_id, member_id,
                                     must_change_password, created_at) values (?, 'x', '驻村干部', 'FIRST_SECRETARY', ?, ?,
                                     false, now())""", username, object, member);
        return new Cadre(object, member, stationing, user(username).roles("FIRST_SECRETARY"));
    }

    private Cadre cadre() {
        return cadre(new ObjectPlace(34.36, 107.24, 1000));
    }

    private MvcResult checkIn(RequestPostProcessor who, long objectId, byte[] photo, String... params)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/objects/" + objectId + "/checkins");
        if (photo != null) {
            request.file(new MockMultipartFile("photo", "现场.jpg", "image/jpeg", photo));
        }
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String doubts(long memberId, String day) {
        return jdbc.queryForObject("select doubts from station_checkin where member_id = ? and day = ?::date",
                String.class, memberId, day);
    }

    private long checkIns(long memberId) {
        return jdbc.queryForObject("select count(*) from station_checkin where member_id = ?", Long.class, memberId);
    }

    @Test
    void aCheckInInTheVillageIsInOrderAndEachDoubtIsKeptAndShownBesideIt() throws Exception {
        Cadre cadre = cadre();
        String checkinPage = page("/checkin", cadre.who());
        assertThat(checkinPage).contains("id=\"checkin-form\"", "允许", "capture=\"environment\"");

        // day 1: 556 m north, 20 m accurate, a photo taken half an hour ago 11 m from the reported place
        byte[] first = ExifJpeg.photo(1, LocalDateTime.of(2026, 6, 10, 9, 30), 34.3651, 107.2401);
        MvcResult ok = checkIn(cadre.who(), cadre.objectId(), first, "latitude", "34.365", "longitude", "107.24",
                "accuracy", "20");
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/checkin");
        assertThat(ok.getFlashMap().get("success")).isEqualTo("flash.checkin");
        assertThat(jdbc.queryForMap("""
                select distance, doubts, taken_at::text as taken, round(exif_latitude::numeric, 4) as lat,
                       round(exif_longitude::numeric, 4) as lon, checked_at = ?::timestamptz as server_time,
                       length(photo_hash) as hash
                from station_checkin where member_id = ?""", java.sql.Timestamp.from(TEN_OCLOCK), cadre.memberId()))
                .containsEntry("distance", 556).containsEntry("doubts", "")
                .containsEntry("taken", "2026-06-10 09:30:00")
                .containsEntry("lat", new java.math.BigDecimal("34.3651"))
                .containsEntry("lon", new java.math.BigDecimal("107.2401"))
                .containsEntry("server_time", true).containsEntry("hash", 64);
        assertThat(page("/checkin", cadre.who())).contains("今天已于 2026-06-10 10:00 打卡", "正常", "距村 556 米")
                .doesNotContain("id=\"checkin-form\"");

        // day 2: 1112 m north, 250 m accurate, a photo taken four hours before, 1112 m from the reported place
        day(1);
        checkIn(cadre.who(), cadre.objectId(), ExifJpeg.photo(2, LocalDateTime.of(2026, 6, 11, 6, 0), 34.36, 107.24),
                "latitude", "34.37", "longitude", "107.24", "accuracy", "250");
        assertThat(doubts(cadre.memberId(), "2026-06-11"))
                .isEqualTo(",OUTSIDE_RADIUS,ACCURACY_POOR,EXIF_TIME,EXIF_PLACE,");

        // day 3: the same place again, no accuracy, the photo of day 1 again — its EXIF says it was taken two days
        // ago, 545 m from here (0.0049° of latitude = 544.8 m and 0.0001° of longitude = 9.2 m)
        day(2);
        MvcResult doubtful = checkIn(cadre.who(), cadre.objectId(), first, "latitude", "34.37", "longitude",
                "107.24");
        assertThat(doubtful.getFlashMap().get("success")).isEqualTo("flash.checkin.doubtful");
        assertThat(doubts(cadre.memberId(), "2026-06-12"))
                .isEqualTo(",OUTSIDE_RADIUS,ACCURACY_MISSING,EXIF_TIME,EXIF_PLACE,PHOTO_REUSED,");

        // day 4: the same coordinates to the metre on the third day in a row
        day(3);
        checkIn(cadre.who(), cadre.objectId(), ExifJpeg.plain(4), "latitude", "34.370001", "longitude",
                "107.240002", "accuracy", "8");
        assertThat(doubts(cadre.memberId(), "2026-06-13")).isEqualTo(",OUTSIDE_RADIUS,PLACE_REPEATED,");
        // day 5: a metre away from the others: not repeated
        day(4);
        checkIn(cadre.who(), cadre.objectId(), ExifJpeg.plain(5), "latitude", "34.37001", "longitude", "107.24",
                "accuracy", "8");
        assertThat(doubts(cadre.memberId(), "2026-06-14")).isEqualTo(",OUTSIDE_RADIUS,");

        String mine = page("/checkins?month=2026-06", cadre.who());
        assertThat(mine).contains("2026-06 共 5 次打卡", "定位超出村的打卡范围", "定位精度太低", "照片拍摄时间与打卡时间相差过大",
                "照片拍摄位置与打卡定位相距过远", "未报告定位精度", "照片以前打卡用过", "连续多日定位完全相同", "距村 1112 米");
        String villageList = page("/objects/" + cadre.objectId() + "/checkins?month=2026-06", SUB_TEAM);
        assertThat(villageList).contains("共 5 次打卡", "照片以前打卡用过", "距村 556 米");
        long firstId = jdbc.queryForObject("select id from station_checkin where member_id = ? and day = '2026-06-10'",
                Long.class, cadre.memberId());
        assertThat(mvc.perform(get("/checkins/" + firstId + "/photo").with(SUB_TEAM)).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(first);
        assertThat(mvc.perform(get("/checkins/" + firstId + "/photo").with(LEADER)).andReturn().getResponse()
                .getStatus()).as("a group leader reads no village's check-ins").isIn(403, 404);

        // a village without coordinates cannot measure the distance
        Cadre unlocated = cadre(new ObjectPlace(null, null, null));
        checkIn(unlocated.who(), unlocated.objectId(), ExifJpeg.plain(6), "latitude", "34.36", "longitude", "107.24",
                "accuracy", "10");
        assertThat(doubts(unlocated.memberId(), "2026-06-14")).isEqualTo(",VILLAGE_UNLOCATED,");
        assertThat(page("/checkins", unlocated.who())).contains("村未填写坐标，距离未知");
    }

    @Test
    void aPhotosCaptureTimeIsReadInTheDeploymentsZoneWhateverOffsetThePhoneWrote() throws Exception {
        // 09:30 in Beijing written three ways: with the phone's +08:00, as UTC (+00:00), and with no offset at all
        // (the camera's own wall time, kept as it stands); each is half an hour before the 10:00 check-in
        Object[][] photos = {
            {ExifJpeg.photo(31, LocalDateTime.of(2026, 6, 10, 9, 30), "+08:00", 34.36, 107.24), "+08:00"},
            {ExifJpeg.photo(32, LocalDateTime.of(2026, 6, 10, 1, 30), "+00:00", 34.36, 107.24), "+00:00"},
            {ExifJpeg.photo(33, LocalDateTime.of(2026, 6, 10, 9, 30), null, 34.36, 107.24), "none"},
        };
        for (Object[] photo : photos) {
            Cadre cadre = cadre();
            MvcResult done = checkIn(cadre.who(), cadre.objectId(), (byte[]) photo[0], "latitude", "34.36",
                    "longitude", "107.24", "accuracy", "10");
            assertThat(done.getFlashMap().get("success")).as("offset %s", photo[1]).isEqualTo("flash.checkin");
            assertThat(jdbc.queryForMap("select taken_at::text as taken, doubts from station_checkin where member_id = ?",
                    cadre.memberId())).as("offset %s", photo[1]).containsEntry("taken", "2026-06-10 09:30:00")
                    .containsEntry("doubts", "");
        }
    }

    @Test
    void aCheckInWithoutLocationOrPhotoElsewhereTwiceOrBackDatedIsRefusedAndNothingIsWritten() throws Exception {
        Cadre cadre = cadre();
        byte[] photo = ExifJpeg.plain(11);
        String[] here = {"latitude", "34.36", "longitude", "107.24", "accuracy", "15"};

        MvcResult noLocation = checkIn(cadre.who(), cadre.objectId(), photo, "accuracy", "15");
        assertThat(noLocation.getResponse().getStatus()).isEqualTo(422);
        assertThat(noLocation.getResponse().getContentAsString()).contains("没有收到定位，无法打卡");

        MvcResult pdf = checkIn(cadre.who(), cadre.objectId(), "%PDF-1.4\n1 0 obj << >> endobj\n".getBytes(), here);
        assertThat(pdf.getResponse().getStatus()).isEqualTo(422);
        assertThat(pdf.getResponse().getContentAsString()).contains("不是 JPEG、PNG 或 WebP 图片");

        MvcResult noPhoto = checkIn(cadre.who(), cadre.objectId(), null, here);
        assertThat(noPhoto.getResponse().getContentAsString()).contains("请拍摄一张现场照片");

        long qingshan = jdbc.queryForObject("select id from assisted_object where name = '青山村'", Long.class);
        assertThat(checkIn(cadre.who(), qingshan, photo, here).getResponse().getStatus())
                .as("a village the cadre is not stationed in").isEqualTo(404);
        assertThat(checkIn(user("member").roles("MEMBER"), cadre.objectId(), photo, here).getResponse().getStatus())
                .as("a member stationed nowhere").isEqualTo(404);

        MvcResult backDated = checkIn(cadre.who(), cadre.objectId(), photo, "latitude", "34.36", "longitude", "107.24",
                "accuracy", "15", "day", "2026-06-09");
        assertThat(backDated.getResponse().getStatus()).isEqualTo(400);
        assertThat(backDated.getResponse().getContentAsString()).contains("不能补打或指定日期");
        assertThat(checkIns(cadre.memberId())).as("nothing written").isZero();

        assertThat(checkIn(cadre.who(), cadre.objectId(), photo, here).getResponse().getStatus()).isEqualTo(302);
        clock.set(TEN_OCLOCK.plusSeconds(3600 * 13));
        MvcResult twice = checkIn(cadre.who(), cadre.objectId(), ExifJpeg.plain(12), here);
        assertThat(twice.getResponse().getStatus()).as("23:00 is the same day").isEqualTo(409);
        assertThat(twice.getResponse().getContentAsString()).contains("今天已经打过卡了");
        assertThat(checkIns(cadre.memberId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from station_checkin where photo_hash = encode(sha256(?), 'hex')",
                Long.class, (Object) ExifJpeg.plain(12))).as("the refused photo is not kept").isZero();

        // a stationing that ended yesterday checks in no more
        clock.set(TEN_OCLOCK.plusSeconds(86_400L * 2));
        jdbc.update("update stationing set ends_on = '2026-06-11' where id = ?", cadre.stationingId());
        assertThat(checkIn(cadre.who(), cadre.objectId(), ExifJpeg.plain(13), here).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page("/checkin", cadre.who())).contains("你今天没有在驻的村");
    }

    @Test
    void aSubTeamLeaderStationsTheWorkTeamAndFilesItsRecordWithHistory() throws Exception {
        long object = village(new ObjectPlace(34.38, 107.26, 800));
        String mobile = member();
        long hospital = demo.workUnitId("县人民医院");
        assertThat(page("/objects/" + object + "/stationings/new", SUB_TEAM)).contains("工作队长", "四个打包");
        MvcResult created = mvc.perform(post("/objects/" + object + "/stationings/new").with(SUB_TEAM).with(csrf())
                .param("role", "TEAM_LEADER").param("mobile", mobile).param("startsOn", "2026-03-01")
                .param("workUnitId", String.valueOf(hospital)).param("post", "副院长")
                .param("plannedEndOn", "2028-02-28").param("projects", "村卫生室改造")
                .param("funds", "20 万元").param("responsibility", "院长负总责").param("insuredOn", "2026-02-20")
                .param("healthCheckedOn", "2026-02-15").param("subsidyPerDay", "80")).andReturn();
        long id = Pages.redirectId(created);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/stationings/" + id);
        String record = page("/stationings/" + id, SUB_TEAM);
        assertThat(Pages.after(record, "id=\"stationing-record\"", 3000)).contains("工作队长", "县人民医院", "副院长",
                "2026-03-01 — 至今", "2028-02-28", "村卫生室改造", "20 万元", "院长负总责", "2026-02-20", "2026-02-15",
                "80.00 元/天");

        long version = jdbc.queryForObject("select version from stationing where id = ?", Long.class, id);
        mvc.perform(post("/stationings/" + id + "/edit").with(SUB_TEAM).with(csrf()).param("role", "TEAM_LEADER")
                .param("workUnitId", String.valueOf(hospital)).param("post", "副院长").param("subsidyPerDay", "100")
                .param("plannedEndOn", "2028-02-28").param("version", String.valueOf(version)));
        assertThat(Pages.after(page("/stationings/" + id, SUB_TEAM), "id=\"history\"", 3000))
                .contains("驻村补助标准（元/天）", "80.00", "100.00", "派出单位承诺：项目");
        MvcResult stale = mvc.perform(post("/stationings/" + id + "/edit").with(SUB_TEAM).with(csrf())
                .param("role", "TEAM_LEADER").param("subsidyPerDay", "120").param("version", String.valueOf(version)))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("value=\"120\"");

        // one open leader per village, one open stationing per cadre
        MvcResult secondLeader = mvc.perform(post("/objects/" + object + "/stationings/new").with(SUB_TEAM)
                .with(csrf()).param("role", "TEAM_LEADER").param("mobile", member()).param("startsOn", "2026-04-01"))
                .andReturn();
        assertThat(secondLeader.getResponse().getContentAsString()).contains("该村已有在任的工作队长");
        long other = village(new ObjectPlace(34.39, 107.27, 1000));
        MvcResult busy = mvc.perform(post("/objects/" + other + "/stationings/new").with(SUB_TEAM).with(csrf())
                .param("role", "TEAM_MEMBER").param("mobile", mobile).param("startsOn", "2026-04-01")).andReturn();
        assertThat(busy.getResponse().getContentAsString()).contains("同一时间只能在一个村驻村");
        long stationings = jdbc.queryForObject("select count(*) from stationing where object_id in (?, ?)",
                Long.class, object, other);
        assertThat(stationings).isEqualTo(1);

        // the village's page lists the team with the role, the register finds it and exports it
        assertThat(Pages.after(page("/objects/" + object, SUB_TEAM), "id=\"secretaries\"", 3000))
                .contains("工作队长", "建档信息", "id=\"add-stationing\"");
        String name = jdbc.queryForObject("select m.name from member m where m.mobile = ?", String.class, mobile);
        assertThat(page("/stationings?role=TEAM_LEADER&open=true&q=" + name, SUB_TEAM))
                .contains("共 1 条驻村记录", name);
        MvcResult export = mvc.perform(get("/stationings/export?q=" + name).with(SUB_TEAM)).andReturn();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");

        // the sub-team leader ends it on the village's page; its history says so
        long endVersion = jdbc.queryForObject("select version from stationing where id = ?", Long.class, id);
        mvc.perform(post("/objects/" + object + "/secretaries/" + id + "/end").with(SUB_TEAM).with(csrf())
                .param("version", String.valueOf(endVersion)).param("endsOn", "2026-06-09"));
        assertThat(jdbc.queryForObject("select ends_on::text from stationing where id = ?", String.class, id))
                .isEqualTo("2026-06-09");
        assertThat(Pages.after(page("/stationings/" + id, SUB_TEAM), "id=\"history\"", 3000))
                .contains("驻村结束日期", "2026-06-09");
        mvc.perform(post("/objects/" + object + "/secretaries/" + id + "/end").with(LEADER).with(csrf())
                .param("version", String.valueOf(endVersion + 1)).param("endsOn", "2026-06-10"));
        assertThat(jdbc.queryForObject("select ends_on::text from stationing where id = ?", String.class, id))
                .as("a group leader ends nothing").isEqualTo("2026-06-09");

        // a group leader neither stations nor reads the record; the reviewer reads it
        assertThat(mvc.perform(get("/objects/" + object + "/stationings/new").with(LEADER)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/stationings/" + id).with(LEADER)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page("/stationings/" + id, user("reviewer").roles("REVIEWER"))).contains("副院长")
                .doesNotContain("id=\"edit-stationing\"");
    }

    @Test
    void editingARecordWhoseDispatchingUnitWasArchivedKeepsThatUnit() throws Exception {
        long object = village(new ObjectPlace(34.38, 107.26, 800));
        long unit = workUnits.create(Scope.system(), unique("撤并派出单位"), WorkUnitKind.PARTY_GOVERNMENT).getId();
        String unitName = jdbc.queryForObject("select name from work_unit where id = ?", String.class, unit);
        long id = stations.station(Scope.system(), object, new StationService.Station(member(), LocalDate.of(2026, 1, 1),
                new StationingRecord(StationRole.FIRST_SECRETARY, unit, "第一书记", null, null, null, null, null, null,
                        new BigDecimal("80")))).getId();
        workUnits.archive(Scope.system(), unit,
                jdbc.queryForObject("select version from work_unit where id = ?", Long.class, unit));

        Document form = Jsoup.parse(page("/stationings/" + id + "/edit", SUB_TEAM));
        assertThat(form.select("#workUnitId option[selected]").text()).as("the archived unit, still chosen")
                .isEqualTo(unitName);
        long version = jdbc.queryForObject("select version from stationing where id = ?", Long.class, id);
        MvcResult saved = mvc.perform(post("/stationings/" + id + "/edit").with(SUB_TEAM).with(csrf())
                .param("role", "FIRST_SECRETARY").param("workUnitId", String.valueOf(unit)).param("post", "第一书记")
                .param("subsidyPerDay", "100").param("version", String.valueOf(version))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/stationings/" + id);
        assertThat(jdbc.queryForMap("select work_unit_id, subsidy_per_day::text as subsidy from stationing where id = ?",
                id)).containsEntry("work_unit_id", unit).containsEntry("subsidy", "100.00");
        assertThat(Pages.after(page("/stationings/" + id, SUB_TEAM), "id=\"stationing-record\"", 3000))
                .contains(unitName);

        // another unit that is archived is refused, as on a new stationing
        long other = workUnits.create(Scope.system(), unique("另一撤并单位"), WorkUnitKind.PARTY_GOVERNMENT).getId();
        workUnits.archive(Scope.system(), other,
                jdbc.queryForObject("select version from work_unit where id = ?", Long.class, other));
        MvcResult refused = mvc.perform(post("/stationings/" + id + "/edit").with(SUB_TEAM).with(csrf())
                .param("role", "FIRST_SECRETARY").param("workUnitId", String.valueOf(other))
                .param("version", String.valueOf(version + 1))).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isNull();
        assertThat(jdbc.queryForObject("select work_unit_id from stationing where id = ?", Long.class, id))
                .isEqualTo(unit);
    }

    @Test
    void aPhotoOverTheSizeLimitIsRefusedWithTheLimitInTheMessage() throws Exception {
        Cadre cadre = cadre();
        byte[] huge = new byte[16 * 1024 * 1024];
        byte[] photo = ExifJpeg.plain(41);
        System.arraycopy(photo, 0, huge, 0, photo.length);
        MvcResult refused = checkIn(cadre.who(), cadre.objectId(), huge, "latitude", "34.36", "longitude", "107.24",
                "accuracy", "10");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("#checkin-refused").text())
                .isEqualTo("照片超过 15 MB，请调低相机分辨率重新拍摄后再打卡。");
        assertThat(checkIns(cadre.memberId())).isZero();
    }

    @Test
    void aCadreWhoseGroupIsNotPairedWithTheirVillageSeesItsNameButNoLinkToAPageTheyCannotOpen() throws Exception {
        // a plain member (MEMBER role) of the tea group, stationed in a village no group of theirs is paired with
        long object = assisted.create(Scope.system(), new AssistedDetails(AssistedKind.VILLAGE, unique("未结对驻村村"),
                unique("ST"), null, null, null, null, Set.of(), Set.of(), null, null, null, null, null),
                new ObjectPlace(34.4, 107.3, 1000)).getId();
        String mobile = member();
        long id = stations.station(Scope.system(), object, new StationService.Station(mobile,
                LocalDate.of(2026, 1, 1), StationingRecord.firstSecretary())).getId();
        long member = jdbc.queryForObject("select id from member where mobile = ?", Long.class, mobile);
        String username = unique("plain");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, member_id,
                                     must_change_password, created_at) values (?, 'x', '组员', 'MEMBER', ?, ?, false, now())""",
                username, demo.unitId(Demo.TEA_GROUP), member);
        RequestPostProcessor plain = user(username).roles("MEMBER");
        String name = jdbc.queryForObject("select name from assisted_object where id = ?", String.class, object);

        Document record = Jsoup.parse(page("/stationings/" + id, plain), "http://localhost");
        assertThat(record.select("#stationing-object").text()).isEqualTo(name);
        assertThat(record.select("#stationing-object a")).as("no link to the village's page").isEmpty();
        // every link on the page opens for them (LinkCrawlTest's rule: never 400, 403, 404 or 500)
        for (Element link : record.select("main a[href], #stationing-record a[href]")) {
            String href = link.attr("href");
            if (!href.startsWith("/") || href.startsWith("//")) {
                continue;
            }
            assertThat(mvc.perform(get(href).with(plain)).andReturn().getResponse().getStatus()).as(href)
                    .isNotIn(400, 403, 404, 500);
        }
        // the department still finds its way there
        assertThat(Jsoup.parse(page("/stationings/" + id, Pages.admin())).select("#stationing-object a").attr("href"))
                .isEqualTo("/objects/" + object);
    }

    @Test
    void theCadreReadsTheirOwnRecordAndNoOneElses() throws Exception {
        Cadre cadre = cadre();
        Cadre another = cadre();
        assertThat(page("/stationings/" + cadre.stationingId(), cadre.who())).contains("第一书记")
                .doesNotContain("id=\"edit-stationing\"");
        assertThat(mvc.perform(get("/stationings/" + another.stationingId()).with(cadre.who())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/stationings", cadre.who())).contains("共 1 条驻村记录");
        assertThat(mvc.perform(get("/stationings/" + cadre.stationingId() + "/edit").with(cadre.who())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/objects/" + another.objectId() + "/checkins").with(cadre.who())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aVillagesPlaceIsEnteredOnItsFormAndHalfAPlaceIsRefused() throws Exception {
        String code = unique("PL");
        MvcResult created = mvc.perform(post("/objects/new").with(Pages.admin()).with(csrf()).param("kind", "VILLAGE")
                .param("name", unique("坐标村")).param("code", code).param("latitude", "34.361")
                .param("longitude", "107.245").param("checkinRadius", "800")).andReturn();
        long id = Pages.redirectId(created);
        assertThat(page("/objects/" + id, Pages.admin())).contains("北纬 34.361，东经 107.245，打卡半径 800 米");
        assertThat(page("/objects/" + id + "/edit", Pages.admin())).contains("value=\"34.361\"", "value=\"800\"");

        MvcResult half = mvc.perform(post("/objects/new").with(Pages.admin()).with(csrf()).param("kind", "VILLAGE")
                .param("name", unique("半坐标村")).param("code", unique("PL")).param("latitude", "34.361")).andReturn();
        assertThat(half.getResponse().getContentAsString()).contains("纬度和经度须同时填写");
        MvcResult radius = mvc.perform(post("/objects/new").with(Pages.admin()).with(csrf()).param("kind", "VILLAGE")
                .param("name", unique("大半径村")).param("code", unique("PL")).param("latitude", "34.361")
                .param("longitude", "107.245").param("checkinRadius", "10")).andReturn();
        assertThat(radius.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from assisted_object where name like '半坐标村%' or name like '大半径村%'",
                Long.class)).isZero();
    }
}
