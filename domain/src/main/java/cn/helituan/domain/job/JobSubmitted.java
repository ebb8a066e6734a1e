package cn.helituan.domain.job;

/** A background job was queued (its row committed): the scheduler gives it an execution. */
public record JobSubmitted(long jobId) {
}
