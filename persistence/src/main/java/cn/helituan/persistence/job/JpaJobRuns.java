package cn.helituan.persistence.job;

import cn.helituan.domain.job.JobRun;
import cn.helituan.domain.job.JobRuns;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaJobRuns extends JpaRepository<JobRun, Long>, JobRuns {
}
