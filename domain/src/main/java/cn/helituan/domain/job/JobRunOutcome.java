package cn.helituan.domain.job;

/** Where a run stands: running, finished, or failed (its transaction rolled back: nothing of it was written). */
public enum JobRunOutcome {
    RUNNING,
    DONE,
    FAILED
}
