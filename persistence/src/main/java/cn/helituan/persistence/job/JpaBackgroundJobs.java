package cn.helituan.persistence.job;

import cn.helituan.domain.job.BackgroundJob;
import cn.helituan.domain.job.BackgroundJobs;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaBackgroundJobs extends JpaRepository<BackgroundJob, Long>, BackgroundJobs, BackgroundJobStore {
}
