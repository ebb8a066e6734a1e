package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityPhoto;
import cn.helituan.domain.activity.ActivityPhotos;
import cn.helituan.domain.activity.PhotoSummary;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaActivityPhotos extends JpaRepository<ActivityPhoto, Long>, ActivityPhotos, JpaPhotoBytes {

    @Override
    @Query("""
            select new cn.helituan.domain.activity.PhotoSummary(p.activity.id, min(p.id), count(p))
            from ActivityPhoto p where p.activity.id in :ids and p.removed = false group by p.activity.id""")
    List<PhotoSummary> summaries(@Param("ids") Collection<Long> activityIds);
}
