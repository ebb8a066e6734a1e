package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An inspection of one group of a plan on a day, announced or not (明察暗访), with whom the inspector met and the
 * questionnaire's counts; its item results, the cadres seen and its findings are rows of their own.
 */
@Entity
@Table(name = "supervision_inspection")
public class Inspection extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private SupervisionPlan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    private Checklist checklist;

    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    private String inspector;

    private LocalDate inspectedOn;

    private boolean announced;

    private String met;

    private int asked;

    private int satisfied;

    private int basically;

    private int dissatisfied;

    private String note;

    protected Inspection() {
    }

    public record Questionnaire(int asked, int satisfied, int basically, int dissatisfied) {

        public static final Questionnaire NONE = new Questionnaire(0, 0, 0, 0);

        void check() {
            if (asked < 0 || satisfied < 0 || basically < 0 || dissatisfied < 0) {
                throw new RuleViolation("asked", "supervision.questionnaire.negative");
            }
            if (satisfied + basically + dissatisfied > asked) {
                throw new RuleViolation("asked", "supervision.questionnaire.moreThanAsked");
            }
        }
    }

    Inspection(SupervisionPlan plan, Unit unit, String inspector, LocalDate inspectedOn, boolean announced,
               String met, Questionnaire questionnaire, String note) {
        if (inspectedOn == null) {
            throw new RuleViolation("inspectedOn", "supervision.inspection.day.required");
        }
        if (inspectedOn.isBefore(plan.getStartsOn()) || inspectedOn.isAfter(plan.getEndsOn())) {
            throw new RuleViolation("inspectedOn", "supervision.inspection.day.outsidePlan");
        }
        questionnaire.check();
        this.plan = plan;
        this.unit = unit;
        this.checklist = plan.getChecklist();
        this.inspector = inspector;
        this.inspectedOn = inspectedOn;
        this.announced = announced;
        this.met = met;
        this.asked = questionnaire.asked();
        this.satisfied = questionnaire.satisfied();
        this.basically = questionnaire.basically();
        this.dissatisfied = questionnaire.dissatisfied();
        this.note = note;
    }

    @Override
    public String label() {
        return inspectedOn.toString();
    }

    public SupervisionPlan getPlan() {
        return plan;
    }

    public Unit getUnit() {
        return unit;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public String getInspector() {
        return inspector;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public String getMet() {
        return met;
    }

    public int getAsked() {
        return asked;
    }

    public int getSatisfied() {
        return satisfied;
    }

    public int getBasically() {
        return basically;
    }

    public int getDissatisfied() {
        return dissatisfied;
    }

    public String getNote() {
        return note;
    }
}
