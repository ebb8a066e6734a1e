package cn.helituan.domain.job;

import java.nio.file.Path;

/**
 * What a running job may tell: how far it got, and (an export) the file it made. Each is written on a connection
 * and in a transaction of its own, so it is visible at once while the work's own transaction is still open; the
 * progress is written at most every {@value BackgroundJobService#PROGRESS_ROWS} rows or every second.
 */
public interface JobContext {

    /** Rows done of the (estimated) total; a total of 0 or less keeps the one known. */
    void progress(long done, long total);

    /** Keeps the file the job made under {@code name}, for its owner to download. */
    void keep(String name, Path file);
}
