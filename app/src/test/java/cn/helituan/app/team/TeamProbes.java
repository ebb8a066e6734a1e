package cn.helituan.app.team;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The team tree's endpoints (UnitController) against the welfare sub-team's medical group: the outsiders neither
 * read it nor create under, edit, move or archive it, and their tree does not show it.
 */
class TeamProbes implements FeatureProbes {

    private static final List<String> ROSTER_READERS = List.of("subteam", "leader", "member");

    private final JdbcTemplate jdbc;
    private final Demo demo;

    TeamProbes(JdbcTemplate jdbc, Demo demo) {
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    public List<Probe> probes() {
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        long welfare = demo.unitId(Demo.WELFARE);
        long industry = demo.unitId(Demo.INDUSTRY);
        String version = String.valueOf(
                jdbc.queryForObject("select version from unit where id = ?", Long.class, medical));
        String unit = "/units/" + medical;
        return new ProbeSet()
                // the tree: the roster's readers see their part of it; a first secretary reads no roster
                .shownWithout(ROSTER_READERS, "/units", Demo.MEDICAL_GROUP)
                .refused(List.of("secretary"), "GET", "/units")
                // type to find a unit in a form: the outsiders' searches never offer the group (its id as the value)
                .shownWithout(ROSTER_READERS, "/units/choices?q=医疗帮扶", "\"" + medical + "\"")
                .shownWithout(ROSTER_READERS, "/units/choices?q=医疗帮扶&kind=GROUP", "\"" + medical + "\"")
                .refused(List.of("secretary"), "GET", "/units/choices?q=医疗帮扶")
                .refused("GET", unit)
                // a level of the tree: the group's and the other sub-team's children
                .refused("GET", unit + "/children")
                .refused(ROSTER_READERS, "GET", "/units/" + welfare + "/children")
                .refused("GET", "/units/new?parent=" + welfare)
                .refused("POST", "/units/new", "parentId", String.valueOf(welfare), "kind", "GROUP",
                        "name", "越权新建小组", "field", "GENERAL")
                .refused("GET", unit + "/edit")
                .refused("POST", unit + "/edit", "name", "越权改名", "field", "MEDICAL", "version", version)
                .refused("GET", unit + "/move")
                // pulling the other sub-team's group into one's own
                .refused("POST", unit + "/move", "parentId", String.valueOf(industry), "version", version)
                .refused("POST", unit + "/archive", "version", version)
                .probes();
    }
}
