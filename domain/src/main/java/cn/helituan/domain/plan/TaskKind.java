package cn.helituan.domain.plan;

/** Guizhou's two lists: routine tasks (常态化工作任务) and the year's key tasks (年度重点任务). */
public enum TaskKind {
    ROUTINE,
    KEY
}
