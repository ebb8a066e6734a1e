package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.PhotoSummary;
import cn.helituan.persistence.common.IdList;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaPhotoSummariesImpl implements JpaPhotoSummaries {

    private final EntityManager em;

    @Override
    public List<PhotoSummary> summaries(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        IdList ids = IdList.of(List.copyOf(activityIds));
        return ids.bind(em.createQuery("""
                select new cn.helituan.domain.activity.PhotoSummary(p.activity.id, min(p.id), count(p))
                from ActivityPhoto p where p.activity.id in %s and p.removed = false
                group by p.activity.id""".formatted(ids.placeholders()), PhotoSummary.class)).getResultList();
    }
}
