package cn.helituan.app.activity;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.activity.ActivityPhotosService;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.common.Scope;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The activity log's endpoints (activities, their photos, the export, the activity types) probed by the outsiders with
 * the medical group's lecture 健康知识讲座 (for 柳河社区, which only the medical group is paired with), given a photo
 * here.
 */
class ActivityProbes implements FeatureProbes {

    /** The demo activity probed: the medical group's, reported, for 柳河社区. */
    static final String TITLE = "健康知识讲座";
    /** The lecture's figures in the totals: a figure's row is there only when something was counted. */
    static final String COUNTED = "data-figure=\"PEOPLE_TRAINED\"";
    private static final List<String> LOGGERS = List.of("subteam", "leader", "member");
    private static final List<String> ROSTER = LOGGERS;
    private static final List<String> SECRETARY = List.of("secretary");

    private final JdbcTemplate jdbc;
    private final long medical;
    private final long liuhe;
    private final long activity;
    private final long photo;

    ActivityProbes(JdbcTemplate jdbc, Demo demo, ActivityPhotosService activities) {
        this.jdbc = jdbc;
        medical = demo.unitId(Demo.MEDICAL_GROUP);
        liuhe = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        activity = jdbc.queryForObject("select id from activity where group_id = ? and title = ? order by id limit 1",
                Long.class, medical, TITLE);
        List<Long> photos = jdbc.queryForList(
                "select id from activity_photo where activity_id = ? and not removed order by id", Long.class, activity);
        photo = photos.isEmpty() ? activities.addPhoto(Scope.system(), activity, new PhotoUpload("image/png", 1, 1,
                null, new byte[] {1, 2, 3}, new byte[] {4, 5, 6})).getId() : photos.get(0);
    }

    @Override
    public List<Probe> probes() {
        String a = "/activities/" + activity;
        String v = String.valueOf(jdbc.queryForObject("select version from activity where id = ?", Long.class,
                activity));
        String day = jdbc.queryForObject("select occurred_on::text from activity where id = ?", String.class, activity);
        String type = String.valueOf(jdbc.queryForObject("select type_id from activity where id = ?", Long.class,
                activity));
        String typeVersion = String.valueOf(jdbc.queryForObject("select version from activity_type where id = ?",
                Long.class, Long.valueOf(type)));
        String g = String.valueOf(medical);
        String o = String.valueOf(liuhe);
        String[] form = {"groupId", g, "typeId", type, "occurredOn", day, "title", "越权记录", "objectIds", o,
            "otherParticipants", "0", "version", v};
        return new ProbeSet()
                // the list, its totals and its export: the lecture is not among what they read; naming the group or
                // the object is refused
                .shownWithout("/activities", TITLE)
                .shownWithout("/activities?from=" + day + "&to=" + day, TITLE)
                .shownWithout("/activities?view=timeline&from=" + day + "&to=" + day, TITLE)
                // naming the group: refused to the roster; a first secretary reads their object's activities
                // whatever unit is asked for (the filter does not apply to them)
                .refused(ROSTER, "GET", "/activities?unit=" + g)
                .shownWithout(SECRETARY, "/activities?unit=" + g + "&from=" + day + "&to=" + day, TITLE)
                .refused(ROSTER, "GET", "/activities/totals?unit=" + g)
                .shownWithout(SECRETARY, "/activities/totals?unit=" + g + "&from=" + day + "&to=" + day, COUNTED)
                .refused(ROSTER, "GET", "/activities/export?unit=" + g)
                // naming the object: refused to another object's secretary, and to the roster on the list (which
                // shows the object); its totals and export find nothing for the roster (the activities' groups
                // are outside their path)
                .refused("GET", "/activities?object=" + o)
                .refused(SECRETARY, "GET", "/activities/totals?object=" + o)
                .shownWithout(ROSTER, "/activities/totals?object=" + o + "&from=" + day + "&to=" + day, COUNTED)
                .refused(SECRETARY, "GET", "/activities/export?object=" + o)
                // the workbooks are compressed, their text is not searchable here: the same filter as the totals
                // above, whose content is checked
                .send(SECRETARY, "GET", "/activities/export?unit=" + g, Set.of(200), null)
                .send(ROSTER, "GET", "/activities/export?object=" + o, Set.of(200), null)
                // the form for the medical group: who logs gets their own form, without the group's objects
                .shownWithout(LOGGERS, "/activities/new?group=" + g, "柳河社区")
                .refused(SECRETARY, "GET", "/activities/new?group=" + g)
                // a large group's participant search: another sub-team's group is refused to all of them
                .refused("GET", "/activities/participants?group=" + g + "&q=1")
                .notWritten("POST", "/activities/new", form)
                // the activity itself
                .refused("GET", a)
                .refused("GET", a + "/edit")
                .refused("POST", a + "/edit", form)
                .refused("POST", a + "/withdraw", "version", v, "reason", "越权撤回")
                .refused("POST", a + "/confirm", "version", v, "object", o)
                .refused("POST", a + "/dispute", "version", v, "object", o, "reason", "越权异议")
                .refused("POST", a + "/photos")
                .refused("GET", a + "/photos/" + photo)
                .refused("GET", a + "/photos/" + photo + "?thumbnail=true")
                .refused("POST", a + "/photos/" + photo + "/remove")
                // the activity types: the organization department's list
                .refused("GET", "/activity-types")
                .refused("POST", "/activity-types", "name", "越权类型", "sortOrder", "990", "figures", "BENEFICIARIES")
                .refused("GET", "/activity-types/" + type)
                .refused("POST", "/activity-types/" + type + "/edit", "name", "越权改名", "sortOrder", "990",
                        "figures", "BENEFICIARIES", "version", typeVersion)
                .refused("POST", "/activity-types/" + type + "/archive", "version", typeVersion)
                .refused("POST", "/activity-types/" + type + "/restore", "version", typeVersion)
                .probes();
    }
}
