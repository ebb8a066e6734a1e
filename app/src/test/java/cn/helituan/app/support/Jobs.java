package cn.helituan.app.support;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits, with a deadline, for the background jobs on a record to end, or for a photo's thumbnail to be made (they run
 * on db-scheduler's threads after the commit).
 */
public final class Jobs {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private Jobs() {
    }

    /** Until no job on the import record waits or runs; fails past the deadline. */
    public static void awaitImport(JdbcTemplate jdbc, long id) {
        await(jdbc, "import:" + id);
    }

    public static void await(JdbcTemplate jdbc, String subjectKey) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (jdbc.queryForObject("select count(*) from background_job where subject_key = ? "
                + "and status in ('QUEUED', 'RUNNING')", Long.class, subjectKey) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the job on " + subjectKey + " did not end within " + DEADLINE);
            }
            pause();
        }
    }

    /**
     * Until the photo's thumbnail job has run (its state no longer PENDING: READY, or UNREADABLE for an image that
     * does not decode); the state it ended in. Fails past the deadline.
     */
    public static String awaitThumbnail(JdbcTemplate jdbc, String table, long photoId) {
        Instant deadline = Instant.now().plus(DEADLINE);
        String state;
        while ("PENDING".equals(state = jdbc.queryForObject("select thumbnail_state from " + table + " where id = ?",
                String.class, photoId))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the thumbnail of " + table + " " + photoId + " was not made within "
                        + DEADLINE);
            }
            pause();
        }
        return state;
    }

    /** Until the job has the status; fails past the deadline. */
    public static void awaitStatus(JdbcTemplate jdbc, long jobId, String status) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!status.equals(jdbc.queryForObject("select status from background_job where id = ?", String.class,
                jobId))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("job " + jobId + " did not become " + status + " within " + DEADLINE);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
