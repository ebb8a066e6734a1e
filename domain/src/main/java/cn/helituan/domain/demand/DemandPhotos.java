package cn.helituan.domain.demand;

import java.util.List;
import java.util.Optional;

/** The photos of demands; their bytes are read and written apart from the records. */
public interface DemandPhotos {

    Optional<DemandPhoto> findById(Long id);

    <S extends DemandPhoto> S save(S photo);

    long countByDemandIdAndRemovedFalse(Long demandId);

    List<DemandPhoto> findByDemandIdAndRemovedFalseOrderById(Long demandId);

    /** Stores the image and its thumbnail of a photo just saved (in the caller's transaction). */
    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    /** The image, or its thumbnail. */
    byte[] bytes(long photoId, boolean thumbnail);
}
