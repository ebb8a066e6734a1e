package cn.helituan.domain.activity;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoUpload;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An activity's photos: added and taken off by whoever may edit it, served to whoever reads it
 * ({@link ActivityAccess}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityPhotosService {

    /** Photos an activity may have. */
    public static final int MAX_PHOTOS = 9;

    private final ActivityPhotos photos;
    private final ActivityAccess access;

    /** Adds a photo (checked by its content in the web layer) to an activity the user may edit; nine at most. */
    @Transactional
    public ActivityPhoto addPhoto(Scope scope, long id, PhotoUpload upload) {
        Activity activity = access.editable(scope, id);
        if (photos.countByActivityIdAndRemovedFalse(id) >= MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        ActivityPhoto photo = photos.save(new ActivityPhoto(activity, upload));
        photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        return photo;
    }

    /** The photos chosen on the form of a new activity, saved with it (nine at most, else none and the activity neither). */
    void attach(Activity activity, java.util.List<PhotoUpload> chosen) {
        if (chosen.size() > MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        for (PhotoUpload upload : chosen) {
            ActivityPhoto photo = photos.save(new ActivityPhoto(activity, upload));
            photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        }
    }

    /** Takes a photo off the activity (the record and its bytes are kept). */
    @Transactional
    public void removePhoto(Scope scope, long id, long photoId) {
        access.editable(scope, id);
        photo(id, photoId).remove();
    }

    /** A photo's image (or thumbnail), for whoever reads the activity. */
    @Transactional(readOnly = true)
    public PhotoBytes photoBytes(Scope scope, long id, long photoId, boolean thumbnail) {
        access.get(scope, id);
        ActivityPhoto photo = photo(id, photoId);
        return new PhotoBytes(thumbnail ? "image/jpeg" : photo.getContentType(), photos.bytes(photoId, thumbnail));
    }

    private ActivityPhoto photo(long id, long photoId) {
        return photos.findById(photoId).filter(p -> !p.isRemoved() && p.getActivity().getId() == id)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }
}
