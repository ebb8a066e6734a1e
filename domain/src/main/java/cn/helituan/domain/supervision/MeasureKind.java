package cn.helituan.domain.supervision;

/** A measure against a cadre (组织处理 and lighter): 提醒谈话, 批评教育, 诫勉谈话, 组织调整. */
public enum MeasureKind {
    REMINDER_TALK,
    CRITICISM,
    ADMONITION,
    REASSIGNMENT
}
