package cn.helituan.persistence.job;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;

/** The parts of {@link cn.helituan.domain.job.BackgroundJobs} written in SQL: state changes and the result file. */
interface BackgroundJobStore {

    int markRunning(long id, String instance, Instant at);

    int progress(long id, long done, long total);

    int finish(long id, String status, String messageKey, Instant at);

    int finishOwn(long id, String status, String messageKey, Instant at, String instance, String interrupted);

    int failOrphans(String messageKey, Instant at, Instant queuedBefore);

    int clearResults(String expiredKey, Instant before);

    void saveResult(long id, String name, Path file);

    <T> T readResult(long id, Function<InputStream, T> reader);
}
