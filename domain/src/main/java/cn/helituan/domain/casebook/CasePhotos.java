package cn.helituan.domain.casebook;

import java.util.List;
import java.util.Optional;

/** The photos of cases; their bytes are read and written apart from the records. */
public interface CasePhotos {

    Optional<CasePhoto> findById(Long id);

    <S extends CasePhoto> S save(S photo);

    long countByCaseIdAndRemovedFalse(Long caseId);

    List<CasePhoto> findByCaseIdAndRemovedFalseOrderById(Long caseId);

    /** Every photo of the case, those taken off too (for its history). */
    List<CasePhoto> findByCaseIdOrderById(Long caseId);

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
