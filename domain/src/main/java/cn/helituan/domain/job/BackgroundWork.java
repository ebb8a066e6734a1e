package cn.helituan.domain.job;

import java.util.List;

/**
 * Work that a feature runs in the background: a bean per feature, naming the job kinds it does. The scheduler
 * calls {@link #run} on one instance; the work reports its progress through the {@link JobContext} and says how it
 * ended. A failure (an exception) ends the job FAILED with {@code job.failed}.
 */
public interface BackgroundWork {

    /** The kinds of job this bean runs (stable names: they are stored, and labelled {@code job.kind.<kind>}). */
    List<String> kinds();

    /** Does the job's work; the outcome's message key, and whether it succeeded. */
    JobEnd run(BackgroundJob job, JobContext context);

    /** How a job ended: DONE or FAILED, and a message key for the outcome. */
    record JobEnd(boolean ok, String messageKey) {

        public static JobEnd done(String messageKey) {
            return new JobEnd(true, messageKey);
        }

        public static JobEnd failed(String messageKey) {
            return new JobEnd(false, messageKey);
        }
    }
}
