package cn.helituan.domain.casebook;

/** The figure of a record a case's result cites: an activity's figure, a project's budget or progress, a demand solved. */
public enum CaseMeasure {
    ACTIVITY_FUNDS_SECURED(RecordKind.ACTIVITY),
    ACTIVITY_PEOPLE_TRAINED(RecordKind.ACTIVITY),
    ACTIVITY_BENEFICIARIES(RecordKind.ACTIVITY),
    ACTIVITY_PEOPLE_EMPLOYED(RecordKind.ACTIVITY),
    ACTIVITY_PRODUCE_SOLD(RecordKind.ACTIVITY),
    PROJECT_BUDGET(RecordKind.PROJECT),
    PROJECT_PROGRESS(RecordKind.PROJECT),
    DEMAND_SOLVED(RecordKind.DEMAND);

    /** The kind of record a figure comes from. */
    public enum RecordKind {
        ACTIVITY, PROJECT, DEMAND
    }

    private final RecordKind kind;

    CaseMeasure(RecordKind kind) {
        this.kind = kind;
    }

    public RecordKind kind() {
        return kind;
    }
}
