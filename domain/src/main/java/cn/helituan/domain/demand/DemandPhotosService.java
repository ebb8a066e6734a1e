package cn.helituan.domain.demand;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoUpload;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demand's photos (the problem as the village sees it): added and taken off while it is open, served to whoever
 * reads it ({@link DemandAccess}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemandPhotosService {

    /** Photos a demand may have. */
    public static final int MAX_PHOTOS = 9;

    private final DemandPhotos photos;
    private final DemandAccess access;

    @Transactional
    public DemandPhoto addPhoto(Scope scope, long id, PhotoUpload upload) {
        Demand demand = photoWriter(scope, id);
        if (photos.countByDemandIdAndRemovedFalse(id) >= MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        DemandPhoto photo = photos.save(new DemandPhoto(demand, upload));
        photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        return photo;
    }

    @Transactional
    public void removePhoto(Scope scope, long id, long photoId) {
        photoWriter(scope, id);
        photo(id, photoId).remove();
    }

    /** A photo's image (or thumbnail), for whoever reads the demand. */
    @Transactional(readOnly = true)
    public byte[] photoBytes(Scope scope, long id, long photoId, boolean thumbnail) {
        access.get(scope, id);
        return photos.bytes(photo(id, photoId).getId(), thumbnail);
    }

    @Transactional(readOnly = true)
    public DemandPhoto photoOf(Scope scope, long id, long photoId) {
        access.get(scope, id);
        return photo(id, photoId);
    }

    private DemandPhoto photo(long id, long photoId) {
        return photos.findById(photoId).filter(p -> !p.isRemoved() && p.getDemand().getId() == id)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private Demand photoWriter(Scope scope, long id) {
        Demand demand = access.get(scope, id);
        if (!access.canAddPhotos(scope, demand)) {
            throw new ForbiddenException("demand photos");
        }
        return demand;
    }
}
