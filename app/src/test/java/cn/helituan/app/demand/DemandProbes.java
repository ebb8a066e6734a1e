package cn.helituan.app.demand;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandDetails;
import cn.helituan.domain.demand.DemandMatching;
import cn.helituan.domain.demand.DemandPhotosService;
import cn.helituan.domain.demand.DemandWorkflow;
import cn.helituan.domain.demand.MatchDetails;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.demand.ResourceDetails;
import cn.helituan.domain.demand.ResourceService;
import cn.helituan.domain.demand.Urgency;
import cn.helituan.domain.photo.PhotoUpload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three lists' endpoints (demands, projects, resources, their exports, the categories) probed by the outsiders
 * with what is made here for 柳河社区 (paired only with the medical group) and the medical group: a demand just raised
 * (with a photo), a demand matched into the medical group's project (with a milestone), and a resource the medical
 * group declared. The demo county has none of these outside the industry sub-team and 青山村.
 */
class DemandProbes implements FeatureProbes {

    static final String RAISED = "探针：柳河社区慢病药品短缺";
    static final String MATCHED = "探针：柳河社区义诊设备不足";
    static final String PROJECT = "探针：柳河社区义诊设备项目";
    static final String MILESTONE = "探针：义诊设备到位";
    static final String RESOURCE = "探针：医疗小组义诊名额";
    private static final List<String> ROSTER = List.of("subteam", "leader", "member");
    private static final List<String> SECRETARY = List.of("secretary");

    private final JdbcTemplate jdbc;
    private final long medical;
    private final long liuhe;
    private final long health;
    private final long raised;
    private final long matched;
    private final long project;
    private final long milestone;
    private final long resource;
    private final long photo;

    DemandProbes(JdbcTemplate jdbc, Demo demo, DemandWorkflow demands, DemandMatching matching,
                 DemandPhotosService demandPhotos, ResourceService resources,
                 ProjectService projects) {
        this.jdbc = jdbc;
        Scope system = Scope.system();
        LocalDate today = LocalDate.now();
        medical = demo.unitId(Demo.MEDICAL_GROUP);
        liuhe = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        health = jdbc.queryForObject("select id from demand_category where code = 'HEALTH'", Long.class);

        resource = find("select id from resource where title = ?", RESOURCE).orElseGet(() -> resources.declare(system,
                new ResourceDetails(health, RESOURCE, "医疗小组每月到社区义诊", new BigDecimal("10"), CapacityUnit.DAYS,
                        null, null, medical, null, null)).getId());

        raised = find("select id from demand where title = ?", RAISED).orElseGet(() -> demands.raise(system,
                new DemandDetails(liuhe, health, RAISED, "社区慢病老人常用药品短缺。", Urgency.NORMAL,
                        today.plusMonths(2))).getId());
        photo = find("select id from demand_photo where demand_id = ? and not removed order by id", raised)
                .orElseGet(() -> demandPhotos.addPhoto(system, raised, new PhotoUpload("image/png", 1, 1, null,
                        new byte[] {1, 2, 3}, new byte[] {4, 5, 6})).getId());

        matched = find("select id from demand where title = ?", MATCHED).orElseGet(() -> {
            Demand d = demands.raise(system, new DemandDetails(liuhe, health, MATCHED, "社区卫生室缺少义诊设备。",
                    Urgency.URGENT, today.plusMonths(3)));
            demands.accept(system, d.getId(), d.getVersion());
            matching.match(system, d.getId(), jdbc.queryForObject("select version from demand where id = ?", Long.class,
                    d.getId()), new MatchDetails(PROJECT,
                    medical, null, today, today.plusMonths(3), new BigDecimal("1000"), Map.of()));
            return d.getId();
        });
        project = jdbc.queryForObject("select id from project where demand_id = ?", Long.class, matched);
        milestone = find("select id from project_milestone where project_id = ? order by id", project)
                .orElseGet(() -> {
                    projects.addMilestone(system, project, MILESTONE, today.plusMonths(1));
                    return jdbc.queryForObject("select id from project_milestone where project_id = ?", Long.class,
                            project);
                });
    }

    private java.util.Optional<Long> find(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args).stream().findFirst();
    }

    private String version(String table, long id) {
        return String.valueOf(jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
    }

    @Override
    public List<Probe> probes() {
        String g = String.valueOf(medical);
        String o = String.valueOf(liuhe);
        String c = String.valueOf(health);
        String today = LocalDate.now().toString();
        String later = LocalDate.now().plusMonths(2).toString();
        String r = "/demands/" + raised;
        String rv = version("demand", raised);
        String m = "/demands/" + matched;
        String mv = version("demand", matched);
        String p = "/projects/" + project;
        String x = "/resources/" + resource;
        String xv = version("resource", resource);
        long category = jdbc.queryForObject("select id from demand_category where code = 'OTHER'", Long.class);
        String cv = version("demand_category", category);
        String[] demandForm = {"objectId", o, "categoryId", c, "title", "越权需求", "urgency", "NORMAL",
            "wantedBy", later};
        String[] resourceForm = {"declaredBy", "group", "groupId", g, "categoryId", c, "title", "越权资源",
            "capacity", "5", "capacityUnit", "DAYS"};
        return new ProbeSet()
                // the demand list and its export
                .shownWithout("/demands", RAISED)
                .shownWithout("/demands", MATCHED)
                .shownWithout("/demands?from=" + today + "&to=" + today, RAISED)
                // naming 柳河社区: refused to another object's secretary; the roster's list is narrowed to their own
                // path and finds nothing
                .refused(SECRETARY, "GET", "/demands?object=" + o)
                .shownWithout(ROSTER, "/demands?object=" + o, RAISED)
                .shownWithout(ROSTER, "/demands?object=" + o, MATCHED)
                .refused(SECRETARY, "GET", "/demands/export?object=" + o)
                // the workbook is compressed, its text is not searchable here: the same filter as the list above
                .send(ROSTER, "GET", "/demands/export?object=" + o, Set.of(200), null)
                // a new demand's object found by typing: another sub-team's leader finds their own paired objects,
                // another village's secretary their own object; group leaders and members raise none
                .shownWithout(List.of("subteam", "secretary"), "/demands/object-choices?q=柳河", "\"" + o + "\"")
                .refused(List.of("leader", "member"), "GET", "/demands/object-choices?q=柳河")
                // raising one for 柳河社区
                .refused(ROSTER, "GET", "/demands/new?object=" + o)
                .shownWithout(SECRETARY, "/demands/new?object=" + o, "柳河社区")
                .notWritten("POST", "/demands/new", demandForm)
                // the demand just raised
                .refused("GET", r)
                .refused("GET", r + "/edit")
                .refused("POST", r + "/edit", "categoryId", c, "title", "越权改写", "urgency", "URGENT",
                        "wantedBy", later, "version", rv)
                .refused("POST", r + "/accept", "version", rv)
                .refused("POST", r + "/decline", "version", rv, "reason", "越权拒绝")
                .refused("POST", r + "/review", "version", rv, "agreed", "true")
                .refused("GET", r + "/match")
                .refused("POST", r + "/match", "title", "越权项目", "groupId", g, "startsOn", today,
                        "deadline", later, "budget", "100", "version", rv)
                .refused("POST", r + "/photos")
                .refused("GET", r + "/photos/" + photo)
                .refused("GET", r + "/photos/" + photo + "?thumbnail=true")
                .refused("POST", r + "/photos/" + photo + "/remove")
                // the matched one
                .refused("GET", m)
                .refused("POST", m + "/solve", "version", mv)
                .refused("POST", m + "/confirm", "version", mv)
                .refused("POST", m + "/reopen", "version", mv, "reason", "越权重开")
                .refused("POST", m + "/unsolvable", "version", mv, "reason", "越权")
                // its project
                .shownWithout("/projects", PROJECT)
                // naming the medical group: the list is narrowed to the reader's path (a secretary's to their
                // object) and finds nothing
                .shownWithout("/projects?group=" + g, PROJECT)
                .send(ProbeSet.OUTSIDERS, "GET", "/projects/export?group=" + g, Set.of(200), null)
                .refused("GET", p)
                .refused("POST", p + "/progress", "version", version("project", project), "progress", "50",
                        "note", "越权进度")
                .refused("POST", p + "/milestones", "title", "越权节点", "dueOn", later)
                .refused("POST", p + "/milestones/" + milestone + "/done")
                // the medical group's resource
                .shownWithout(ROSTER, "/resources", RESOURCE)
                .refused(SECRETARY, "GET", "/resources")
                .refused("GET", "/resources?group=" + g)
                .refused("GET", "/resources/export?group=" + g)
                .shownWithout(ROSTER, "/resources/new?group=" + g, Demo.MEDICAL_GROUP)
                // a village's account declares no resources: not even the form
                .refused(SECRETARY, "GET", "/resources/new?group=" + g)
                .notWritten("POST", "/resources/new", resourceForm)
                .refused("GET", x)
                .refused("GET", x + "/edit")
                .refused("POST", x + "/edit", "categoryId", c, "title", "越权改写", "capacity", "1",
                        "capacityUnit", "DAYS", "version", xv)
                .refused("POST", x + "/archive", "version", xv)
                // the categories: the organization department's list
                .refused("GET", "/demand-categories")
                .refused("POST", "/demand-categories", "name", "越权类别", "keywords", "越权", "sortOrder", "990")
                .refused("GET", "/demand-categories/" + category)
                .refused("POST", "/demand-categories/" + category + "/edit", "name", "越权改名", "keywords", "越权",
                        "sortOrder", "990", "version", cv)
                .refused("POST", "/demand-categories/" + category + "/archive", "version", cv)
                .probes();
    }
}
