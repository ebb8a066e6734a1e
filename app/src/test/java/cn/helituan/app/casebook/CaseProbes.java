package cn.helituan.app.casebook;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.casebook.CaseDetails;
import cn.helituan.domain.casebook.CaseGallery;
import cn.helituan.domain.casebook.CaseMeasure;
import cn.helituan.domain.casebook.CaseWriting;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case library against a submitted case of the welfare sub-team (柳河社区, its medical group's project cited, a
 * photo): the industry sub-team's leader, the tea group's leader and member and 青山村's first secretary neither find
 * it nor open, edit, cite, pick records for it, see, add or take off its photos, submit, publish or give it back;
 * members and secretaries draft nothing; the town filter offers no archived town to anyone.
 */
class CaseProbes implements FeatureProbes {

    static final String TITLE = "探针案例（民生服务分团）";

    private final JdbcTemplate jdbc;
    private final long study;
    private final long figure;
    private final long photo;

    /** A town merged away (archived): the search's town filter never offers it. */
    static final String ARCHIVED_TOWN = "探针撤并镇";

    CaseProbes(JdbcTemplate jdbc, Demo demo, CaseWriting writing, CaseGallery gallery, RegionService regions) {
        this.jdbc = jdbc;
        this.study = study(jdbc, demo, writing, gallery);
        archivedTown(jdbc, regions);
        this.figure = jdbc.queryForObject("select min(id) from case_figure where case_id = ?", Long.class, study);
        this.photo = jdbc.queryForObject("select min(id) from case_photo where case_id = ?", Long.class, study);
    }

    private static synchronized long study(JdbcTemplate jdbc, Demo demo, CaseWriting writing, CaseGallery gallery) {
        List<Long> made = jdbc.queryForList("select id from case_study where title = ?", Long.class, TITLE);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        long welfare = demo.unitId(Demo.WELFARE);
        String path = jdbc.queryForObject("select path from unit where id = ?", String.class, welfare);
        Scope leader = new Scope(null, "probe-welfare", Role.SUB_TEAM_LEADER, welfare, path, null, null);
        long object = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        long id = writing.draft(leader, new CaseDetails(TITLE, object, "民生服务", 2026, "探针问题", "探针做法", null),
                null, null).getId();
        long project = jdbc.queryForObject("""
                select p.id from project p join unit u on u.id = p.group_id where u.name = ? order by p.id limit 1""",
                Long.class, Demo.MEDICAL_GROUP);
        writing.addFigure(leader, id, CaseMeasure.PROJECT_PROGRESS, project);
        gallery.add(leader, id, photo());
        writing.submit(leader, id, jdbc.queryForObject("select version from case_study where id = ?", Long.class, id));
        return id;
    }

    private static synchronized void archivedTown(JdbcTemplate jdbc, RegionService regions) {
        if (jdbc.queryForObject("select count(*) from region where name = ?", Long.class, ARCHIVED_TOWN) > 0) {
            return;
        }
        long county = jdbc.queryForObject("select min(id) from region where level = 'COUNTY'", Long.class);
        Region town = regions.create(Scope.system(), county, RegionLevel.TOWN, ARCHIVED_TOWN, "PROBE-ARCHIVED-TOWN");
        regions.archive(Scope.system(), town.getId(), town.getVersion());
    }

    private static PhotoUpload photo() {
        try {
            byte[] jpeg = CaseTest.jpeg();
            return new PhotoUpload("image/jpeg", 8, 8, null, jpeg, jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Probe> probes() {
        String page = "/cases/" + study;
        String version = String.valueOf(jdbc.queryForObject("select version from case_study where id = ?",
                Long.class, study));
        long object = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        long round = jdbc.queryForObject("select min(id) from evaluation_round", Long.class);
        long medical = jdbc.queryForObject("select id from unit where name = ?", Long.class, Demo.MEDICAL_GROUP);
        return new ProbeSet()
                .shownWithout("/cases", TITLE)
                .shownWithout("/cases/town-choices?q=探针撤并", ARCHIVED_TOWN)
                .shownWithout("/cases?status=SUBMITTED&theme=民生服务&year=2026&kind=COMMUNITY&town=1", TITLE)
                .shownWithout("/cases/export", "探针问题")
                .refused(List.of("member", "secretary"), "GET", "/cases/new")
                .refused("GET", "/cases/new?round=" + round + "&group=" + medical)
                .notWritten("POST", "/cases/new", "title", "探针新案例", "objectId", String.valueOf(object), "theme",
                        "民生", "year", "2026")
                .refused("GET", page)
                .refused("GET", page + "/edit")
                .refused("POST", page + "/edit", "title", "改", "theme", "改", "year", "2026", "version", version)
                .refused("POST", page + "/figures", "measure", "PROJECT_BUDGET", "recordId", "1")
                .refused("POST", page + "/figures/" + figure + "/refresh")
                .refused("POST", page + "/figures/" + figure + "/remove")
                .refused("GET", page + "/records?measure=PROJECT_PROGRESS&q=")
                .refused("GET", page + "/photos/" + photo)
                .refused("GET", page + "/photos/" + photo + "?thumbnail=true")
                .refused("POST", page + "/photos")
                .refused("POST", page + "/photos/" + photo + "/remove")
                .refused("POST", page + "/submit", "version", version)
                .refused("POST", page + "/publish", "version", version)
                .refused("POST", page + "/return", "version", version)
                .probes();
    }
}
