package cn.helituan.domain.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The photos of activities; their bytes are read and written apart from the records. */
public interface ActivityPhotos {

    Optional<ActivityPhoto> findById(Long id);

    <S extends ActivityPhoto> S save(S photo);

    long countByActivityIdAndRemovedFalse(Long activityId);

    /** Every photo the activity has had, removed ones too (its history). */
    List<ActivityPhoto> findByActivityIdOrderById(Long activityId);

    /** The photos (not removed) of these activities, one line per activity that has any: one statement. */
    List<PhotoSummary> summaries(Collection<Long> activityIds);

    /** Stores the image and its thumbnail of a photo just saved (in the caller's transaction). */
    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    /** The image, or its thumbnail. */
    byte[] bytes(long photoId, boolean thumbnail);
}
