package cn.helituan.domain.contest;

import java.util.List;
import java.util.Optional;

/** The photos of stops; their bytes are read and written apart from the records. */
public interface ContestStopPhotos {

    Optional<ContestStopPhoto> findById(Long id);

    <S extends ContestStopPhoto> S save(S photo);

    long countByStopIdAndRemovedFalse(Long stopId);

    List<ContestStopPhoto> findByStopIdAndRemovedFalseOrderById(Long stopId);

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
