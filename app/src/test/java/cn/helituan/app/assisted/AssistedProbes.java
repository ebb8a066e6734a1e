package cn.helituan.app.assisted;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register and what hangs on it (AssistedController, AssistedExportController, ChainController, RegionController,
 * ReferenceExportController, RelationshipController, ObjectChoiceController) against 柳河社区, the community only the
 * welfare sub-team's medical group is paired with: the register, the regions and the chains are the org admins'
 * (and reviewers') to read, the outsiders are refused them all; the relationships are read within the team tree, and the medical
 * group's term with 柳河社区 is neither shown, read, ended nor renewed by them. The community's first secretary (a
 * member of the medical group) is stationed here: the demo county has a stationing at 青山村 only.
 */
class AssistedProbes implements FeatureProbes {

    private static final String OBJECT = "柳河社区";
    private static final List<String> ROSTER_READERS = List.of("subteam", "leader", "member");
    private static final List<String> SECRETARY = List.of("secretary");
    private static final List<String> NOT_STRUCTURE = List.of("leader", "member", "secretary");

    private final JdbcTemplate jdbc;
    private final Demo demo;
    private final long objectId;
    private final long stationingId;

    AssistedProbes(JdbcTemplate jdbc, Demo demo, AssistedService assisted) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.objectId = jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, OBJECT);
        this.stationingId = stationing(jdbc, demo, assisted, objectId);
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

    @Override
    public List<Probe> probes() {
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        Map<String, Object> object = jdbc.queryForMap(
                "select code, region_id, version from assisted_object where id = ?", objectId);
        String objectVersion = object.get("version").toString();
        String regionId = object.get("region_id").toString();
        Map<String, Object> region = jdbc.queryForMap(
                "select parent_id, name, code, level, version from region where id = ?", Long.parseLong(regionId));
        String regionVersion = region.get("version").toString();
        String town = region.get("parent_id").toString();
        Map<String, Object> chain = jdbc.queryForMap(
                "select id, version from industrial_chain where name = ?", "中药材产业链");
        String chainVersion = chain.get("version").toString();
        Map<String, Object> term = jdbc.queryForMap("""
                select id, version, ends_on from assistance_relationship
                where group_id = ? and object_id = ? and status = 'ACTIVE'""", medical, objectId);
        String termVersion = term.get("version").toString();
        LocalDate termEnds = ((java.sql.Date) term.get("ends_on")).toLocalDate();
        String stationingVersion = String.valueOf(
                jdbc.queryForObject("select version from stationing where id = ?", Long.class, stationingId));
        String teaMobile = jdbc.queryForObject("select mobile from member where id = ?", String.class,
                demo.memberIn(Demo.TEA_GROUP));
        String today = LocalDate.now().toString();

        String page = "/objects/" + objectId;
        String regionPage = "/regions/" + regionId;
        String chainPage = "/chains/" + chain.get("id");
        String termPage = "/relationships/" + term.get("id");
        String newTerm = "/relationships/new?group=" + medical + "&object=" + objectId;

        return new ProbeSet()
                // the register: org admins and reviewers only; a leader reads the objects paired with their groups
                .refused("GET", "/objects")
                .refused("GET", "/objects?region=" + regionId)
                .refused("GET", "/objects/export")
                .refused("GET", "/objects/new?kind=COMMUNITY")
                .refused("POST", "/objects/new", "kind", "COMMUNITY", "name", "越权社区", "code", "PROBE-OBJ-1",
                        "regionId", regionId)
                .refused("GET", page)
                .refused("POST", page + "/secretaries", "mobile", teaMobile, "startsOn", today)
                .refused("POST", page + "/secretaries/" + stationingId + "/end", "version", stationingVersion,
                        "endsOn", today)
                .refused("GET", page + "/edit")
                .refused("POST", page + "/edit", "kind", "COMMUNITY", "name", "越权改名",
                        "code", (String) object.get("code"), "regionId", regionId, "version", objectVersion)
                .refused("POST", page + "/archive", "version", objectVersion)

                // industrial chains: deployment-wide reference data of the register
                .refused("GET", "/chains")
                .refused("GET", "/chains/export")
                .refused("POST", "/chains", "name", "越权产业链")
                .refused("GET", chainPage)
                .refused("POST", chainPage + "/edit", "name", "越权产业链", "version", chainVersion)
                .refused("POST", chainPage + "/archive", "version", chainVersion)

                // regions: the same
                .refused("GET", "/regions")
                .refused("GET", "/regions/export")
                .refused("GET", "/regions/new?parent=" + town)
                .refused("POST", "/regions/new", "parentId", town, "level", "VILLAGE", "name", "越权村",
                        "code", "PROBE-R-1")
                .refused("GET", regionPage)
                .refused("GET", regionPage + "/edit")
                .refused("POST", regionPage + "/edit", "parentId", town, "level", region.get("level").toString(),
                        "name", "越权改名", "code", (String) region.get("code"), "version", regionVersion)
                .refused("POST", regionPage + "/archive", "version", regionVersion)

                // relationships: the team tree's readers see their groups' terms; a first secretary reads no list
                .shownWithout(ROSTER_READERS, "/relationships", OBJECT)
                .refused(SECRETARY, "GET", "/relationships")
                .shownWithout(ROSTER_READERS, "/relationships/list", OBJECT)
                .shownWithout(ROSTER_READERS, "/relationships/list?kind=COMMUNITY", OBJECT)
                .refused(SECRETARY, "GET", "/relationships/list")
                .shownWithout(ROSTER_READERS, "/relationships/export", OBJECT)
                .refused(SECRETARY, "GET", "/relationships/export")
                // the pairing form offers the scope's groups (and any live object: the register is deployment-wide),
                // so a sub-team leader's form does not name the medical group asked for
                .shownWithout(List.of("subteam"), newTerm, Demo.MEDICAL_GROUP)
                .refused(NOT_STRUCTURE, "GET", newTerm)
                // its object found by typing: the same register to a sub-team leader, nobody else; the account form's
                // search is the org admins' only
                .refused(NOT_STRUCTURE, "GET", "/objects/choices?for=PAIRING&q=柳河")
                .refused("GET", "/objects/choices?for=ACCOUNT&q=柳河")
                .refused("POST", "/relationships/new", "groupId", String.valueOf(medical),
                        "objectId", String.valueOf(objectId), "startsOn", today,
                        "endsOn", LocalDate.now().plusYears(2).toString(), "focus", "MEDICAL", "agreement", "越权结对")
                .refused("GET", termPage)
                .refused("POST", termPage + "/end", "version", termVersion, "endedOn", today)
                .refused("POST", termPage + "/renew", "endsOn", termEnds.plusYears(2).toString(), "focus", "MEDICAL",
                        "agreement", "越权续签", "version", termVersion)
                .probes();
    }
}
