package cn.helituan.domain.supervision;

import java.util.List;
import java.util.Optional;

/** The photos of findings; their bytes are read and written apart from the records. */
public interface FindingPhotos {

    Optional<FindingPhoto> findById(Long id);

    <S extends FindingPhoto> S save(S photo);

    long countByFindingIdAndRemovedFalse(Long findingId);

    List<FindingPhoto> findByFindingIdAndRemovedFalseOrderById(Long findingId);

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
