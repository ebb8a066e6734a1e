package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestStopPhoto;
import cn.helituan.domain.contest.ContestStopPhotos;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaContestStopPhotos extends JpaRepository<ContestStopPhoto, Long>, ContestStopPhotos,
        JpaContestStopPhotoBytes {
}
