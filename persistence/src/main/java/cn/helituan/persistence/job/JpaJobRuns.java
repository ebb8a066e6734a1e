package cn.helituan.persistence.job;

import cn.helituan.domain.job.JobRun;
import cn.helituan.domain.job.JobRuns;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaJobRuns extends JpaRepository<JobRun, Long>, JobRuns {

    @Override
    @Query(value = "select distinct on (job) * from job_run order by job, started_at desc, id desc", nativeQuery = true)
    List<JobRun> latestOfEachJob();
}
