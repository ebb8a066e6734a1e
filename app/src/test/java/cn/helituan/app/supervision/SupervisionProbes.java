package cn.helituan.app.supervision;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.supervision.InspectionWork;
import cn.helituan.domain.supervision.MeasureService;
import cn.helituan.domain.supervision.SupervisionPlanning;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision (PlanController, InspectionController, FindingController, FindingPhotoController, MeasureController)
 * against the welfare sub-team's plan, its inspection of the medical group, the finding there and the measure
 * against one of its cadres: the outsiders neither read nor change any of them; the lists they may open do not
 * show them; the department's pages (plans, checklist, measures) refuse them.
 */
class SupervisionProbes implements FeatureProbes {

    private final JdbcTemplate jdbc;
    private final MedicalSupervision records;

    SupervisionProbes(JdbcTemplate jdbc, Demo demo, AccountScopes accounts, SupervisionPlanning planning,
                      InspectionWork work, MeasureService measures) {
        this.jdbc = jdbc;
        this.records = MedicalSupervision.of(jdbc, demo, accounts, planning, work, measures);
    }

    @Override
    public List<Probe> probes() {
        String plan = "/supervision/plans/" + records.planId();
        String inspection = "/supervision/inspections/" + records.inspectionId();
        String finding = "/supervision/findings/" + records.findingId();
        String version = String.valueOf(jdbc.queryForObject(
                "select version from supervision_finding where id = ?", Long.class, records.findingId()));
        long photo = -1;
        long criticism = jdbc.queryForObject("select id from supervision_measure_kind where code = 'CRITICISM'",
                Long.class);
        String kindVersion = String.valueOf(jdbc.queryForObject(
                "select version from supervision_measure_kind where id = ?", Long.class, criticism));
        String today = LocalDate.now().toString();
        return new ProbeSet()
                .shownWithout("/supervision", "民生分团探针督导")
                .shownWithout("/supervision/inspections", "医疗帮扶合力小组")
                .shownWithout("/supervision/inspections?plan=" + records.planId(), "医疗帮扶合力小组")
                .shownWithout("/supervision/findings", "探针问题")
                .shownWithout("/supervision/findings?status=OPEN&overdue=true", "探针问题")
                .shownWithout("/supervision/measures", "探针〔2026〕1号")
                .refused(List.of("leader", "member", "secretary"), "GET", "/supervision/measures/new")
                .refused(List.of("subteam", "leader", "member", "secretary"), "GET", "/supervision/measures/new?finding="
                        + records.findingId())
                .refused("GET", "/supervision/measures/" + records.measureId())
                .refused("POST", "/supervision/measures/new", "memberId", String.valueOf(records.memberId()),
                        "kind", String.valueOf(criticism), "basis", "探针", "decidedOn", today, "documentNo", "探针2号")
                .refused("GET", "/supervision/measure-kinds")
                .refused("POST", "/supervision/measure-kinds", "name", "探针方式", "sortOrder", "990")
                .refused("GET", "/supervision/measure-kinds/" + criticism)
                .refused("POST", "/supervision/measure-kinds/" + criticism + "/edit", "name", "探针改名", "sortOrder",
                        "1", "version", kindVersion)
                .refused("POST", "/supervision/measure-kinds/" + criticism + "/archive", "version", kindVersion)
                .refused("GET", plan)
                .refused("GET", "/supervision/plans/new")
                .refused("POST", "/supervision/plans/new", "name", "探针计划", "startsOn", today, "endsOn", today,
                        "scopeUnitId", String.valueOf(records.unitId()))
                .refused("GET", "/supervision/checklist")
                .refused("POST", "/supervision/checklist", "items[0].name", "探针项目", "items[0].method", "RECORDS")
                .refused("GET", plan + "/inspect?unit=" + records.unitId())
                .refused("POST", plan + "/inspect", "unitId", String.valueOf(records.unitId()), "inspectedOn", today)
                .refused("GET", inspection)
                .refused("POST", inspection + "/findings", "what", "探针", "severity", "MINOR", "deadline", today)
                .refused("GET", finding)
                .refused("POST", finding + "/answer", "answer", "探针", "version", version)
                .refused("POST", finding + "/verify", "accepted", "true", "version", version)
                .refused("POST", finding + "/reopen", "reason", "探针", "version", version)
                .refused("POST", finding + "/edit", "what", "探针", "severity", "MINOR", "deadline", today,
                        "version", version)
                .refused("POST", finding + "/photos")
                .refused("GET", finding + "/photos/" + photo)
                .refused("POST", finding + "/photos/" + photo + "/remove")
                .probes();
    }
}
