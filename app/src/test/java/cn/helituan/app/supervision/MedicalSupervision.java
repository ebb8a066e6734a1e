package cn.helituan.app.supervision;

import cn.helituan.app.support.Demo;
import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.supervision.ChecklistItem;
import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.InspectionWork;
import cn.helituan.domain.supervision.MeasureKind;
import cn.helituan.domain.supervision.MeasureService;
import cn.helituan.domain.supervision.Severity;
import cn.helituan.domain.supervision.SupervisionPlan;
import cn.helituan.domain.supervision.SupervisionPlanning;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan over the welfare sub-team, an inspection of its medical group by the demo inspector, a finding there and a
 * measure against one of its cadres: the records the outsiders probe (made once per test database).
 */
record MedicalSupervision(long planId, long inspectionId, long findingId, long measureId, long unitId,
                          long memberId) {

    static synchronized MedicalSupervision of(JdbcTemplate jdbc, Demo demo, AccountScopes accounts,
                                              SupervisionPlanning planning, InspectionWork work,
                                              MeasureService measures) {
        long unit = demo.unitId(Demo.MEDICAL_GROUP);
        long member = demo.memberIn(Demo.MEDICAL_GROUP);
        List<Long> made = jdbc.queryForList(
                "select id from supervision_plan where name = '民生分团探针督导' order by id", Long.class);
        if (made.isEmpty()) {
            Scope admin = accounts.ofEnabled("admin").orElseThrow();
            Scope inspector = accounts.ofEnabled("inspector").orElseThrow();
            LocalDate today = planning.today();
            SupervisionPlan plan = planning.create(admin, new SupervisionPlanning.PlanCommand("民生分团探针督导",
                    demo.unitId(Demo.WELFARE), today.minusDays(3), today.plusDays(3), null, null,
                    Set.of(inspector.accountId())));
            List<InspectionWork.ResultLine> lines = planning.itemsOf(plan.getChecklist().getId()).stream()
                    .map((ChecklistItem i) -> new InspectionWork.ResultLine(i.getId(), true, i.getMaxScore(), null))
                    .toList();
            Inspection inspection = work.record(inspector, plan.getId(), new InspectionWork.Record(unit, today,
                    false, "探针", cn.helituan.domain.supervision.Inspection.Questionnaire.NONE, lines, Set.of(),
                    null));
            Finding finding = work.addFinding(inspector, inspection.getId(), new Finding.Details(null, member,
                    "探针问题", null, Severity.MINOR, today.plusDays(5)), List.of());
            measures.record(admin, new MeasureService.Command(member, measures.kindOf(MeasureKind.CRITICISM), finding.getId(), null,
                    today, "探针〔2026〕1号", null));
        }
        long plan = jdbc.queryForObject(
                "select id from supervision_plan where name = '民生分团探针督导' order by id limit 1", Long.class);
        long inspection = jdbc.queryForObject(
                "select id from supervision_inspection where plan_id = ? order by id limit 1", Long.class, plan);
        long finding = jdbc.queryForObject(
                "select id from supervision_finding where inspection_id = ? order by id limit 1", Long.class,
                inspection);
        long measure = jdbc.queryForObject(
                "select id from supervision_measure where finding_id = ? order by id limit 1", Long.class, finding);
        return new MedicalSupervision(plan, inspection, finding, measure, unit, member);
    }
}
