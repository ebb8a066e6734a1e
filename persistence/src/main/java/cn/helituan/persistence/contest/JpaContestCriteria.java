package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestCriteria;
import cn.helituan.domain.contest.ContestCriterion;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaContestCriteria extends JpaRepository<ContestCriterion, Long>, ContestCriteria {
}
