package cn.helituan.domain.job;

/** Where a background job stands: waiting for an instance, running, finished, or failed (nothing of it written). */
public enum BackgroundJobStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    /** Waiting or running: the record it works on takes no other job meanwhile. */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
