package cn.helituan.domain.casebook;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestPhotos;
import cn.helituan.domain.contest.ContestStopPhoto;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoUpload;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's photos: served to whoever reads the case ({@link CaseAccess#readable}), added and taken off by its authors
 * while it is not published (a published case's photos do not change: "casebook.published"); a draft from a contest
 * stop starts with the stop's photos.
 */
@Service
@RequiredArgsConstructor
public class CaseGallery {

    /** Photos a case may have (as a contest stop may). */
    public static final int MAX_PHOTOS = ContestPhotos.MAX_PHOTOS;

    private final CasePhotos photos;
    private final CaseAccess access;
    private final ContestPhotos stopPhotos;

    @Transactional(readOnly = true)
    public CaseStudy readable(Scope scope, long caseId) {
        return access.readable(scope, caseId);
    }

    @Transactional
    public CasePhoto add(Scope scope, long caseId, PhotoUpload upload) {
        access.writable(scope, caseId);
        if (photos.countByCaseIdAndRemovedFalse(caseId) >= MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        return save(caseId, upload, null);
    }

    @Transactional
    public void remove(Scope scope, long caseId, long photoId) {
        access.writable(scope, caseId);
        find(caseId, photoId).remove();
    }

    @Transactional(readOnly = true)
    public CasePhoto photoOf(Scope scope, long caseId, long photoId) {
        access.readable(scope, caseId);
        return find(caseId, photoId);
    }

    /** The photo's image in its own type, or its JPEG thumbnail. */
    @Transactional(readOnly = true)
    public PhotoBytes bytes(Scope scope, long caseId, long photoId, boolean thumbnail) {
        CasePhoto photo = photoOf(scope, caseId, photoId);
        return new PhotoBytes(thumbnail ? "image/jpeg" : photo.getContentType(), photos.bytes(photo.getId(), thumbnail));
    }

    /** The stop's photos (as many as a case may have), copied into a new draft: the stop's round must be readable. */
    @Transactional
    public void copyFromStop(Scope scope, long caseId, long stopId) {
        List<ContestStopPhoto> found = stopPhotos.photosOf(scope, stopId);
        for (ContestStopPhoto p : found.subList(0, Math.min(found.size(), MAX_PHOTOS))) {
            save(caseId, new PhotoUpload(p.getContentType(), p.getWidth(), p.getHeight(), p.getTakenAt(),
                    stopPhotos.bytes(scope, stopId, p.getId(), false),
                    stopPhotos.bytes(scope, stopId, p.getId(), true)), p.getId());
        }
    }

    private CasePhoto save(long caseId, PhotoUpload upload, Long fromStopPhoto) {
        CasePhoto photo = photos.save(new CasePhoto(caseId, upload, fromStopPhoto));
        photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        return photo;
    }

    private CasePhoto find(long caseId, long photoId) {
        return photos.findById(photoId).filter(p -> !p.isRemoved() && p.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }
}
