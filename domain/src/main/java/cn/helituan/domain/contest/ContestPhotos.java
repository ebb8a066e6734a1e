package cn.helituan.domain.contest;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoUpload;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A stop's photos: added and taken off by the round's organisers, served to whoever reads the round. */
@Service
@RequiredArgsConstructor
public class ContestPhotos {

    /** Photos a stop may have. */
    public static final int MAX_PHOTOS = 9;

    private final ContestStopPhotos photos;
    private final ContestStops stops;
    private final ContestAccess access;

    /** The stop, if the scope reads its round; otherwise not found. */
    @Transactional(readOnly = true)
    public ContestStop readable(Scope scope, long stopId) {
        ContestStop stop = stops.findById(stopId).orElseThrow(() -> new NotFoundException("contestStop", stopId));
        access.readable(scope, stop.getRound().getId());
        return stop;
    }

    @Transactional(readOnly = true)
    public List<ContestStopPhoto> photosOf(Scope scope, long stopId) {
        readable(scope, stopId);
        return photos.findByStopIdAndRemovedFalseOrderById(stopId);
    }

    @Transactional
    public ContestStopPhoto add(Scope scope, long stopId, PhotoUpload upload) {
        ContestStop stop = writable(scope, stopId);
        if (photos.countByStopIdAndRemovedFalse(stopId) >= MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        ContestStopPhoto photo = photos.save(new ContestStopPhoto(stop, upload));
        photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        return photo;
    }

    @Transactional
    public void remove(Scope scope, long stopId, long photoId) {
        writable(scope, stopId);
        photo(stopId, photoId).remove();
    }

    @Transactional(readOnly = true)
    public ContestStopPhoto photoOf(Scope scope, long stopId, long photoId) {
        readable(scope, stopId);
        return photo(stopId, photoId);
    }

    @Transactional(readOnly = true)
    public byte[] bytes(Scope scope, long stopId, long photoId, boolean thumbnail) {
        readable(scope, stopId);
        return photos.bytes(photo(stopId, photoId).getId(), thumbnail);
    }

    private ContestStopPhoto photo(long stopId, long photoId) {
        return photos.findById(photoId).filter(p -> !p.isRemoved() && p.getStop().getId() == stopId)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private ContestStop writable(Scope scope, long stopId) {
        ContestStop stop = readable(scope, stopId);
        if (!access.manages(scope, stop.getRound())) {
            throw new ForbiddenException("contest photos");
        }
        return stop;
    }
}
