package cn.helituan.domain.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The runs of the daily jobs. */
public interface JobRuns {

    JobRun save(JobRun run);

    Optional<JobRun> findById(Long id);

    /** Newest first, for the org admin's list. */
    Page<JobRun> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);

    /** The newest run of each job that has run (the runs page's head: one statement for all the jobs). */
    List<JobRun> latestOfEachJob();

    /** Runs of one job, newest first. */
    Page<JobRun> findByJobOrderByStartedAtDescIdDesc(String job, Pageable pageable);

    /** Runs of a job for a day (a test, and the "ran twice" check). */
    List<JobRun> findByJobAndDayOrderById(String job, LocalDate day);

    /** A run of the job still marked running that started after the given instant. */
    boolean existsByJobAndOutcomeAndStartedAtAfter(String job, JobRunOutcome outcome, Instant after);
}
