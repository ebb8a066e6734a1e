package cn.helituan.web.contest;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestPhotos;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.web.photo.PhotoPages;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/** A stop's photos (the visit's evidence): the organiser adds and takes them off, every reader of the round sees them. */
@Controller
@RequestMapping("/contest-stops/{id}/photos")
class ContestPhotoController extends PhotoPages {

    private final ContestPhotos photos;

    ContestPhotoController(ContestPhotos photos, MessageSource messages,
                           @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize, Clock clock) {
        super(messages, maxPhotoSize, clock);
        this.photos = photos;
    }

    @Override
    protected void requireReadable(Scope scope, long id) {
        photos.readable(scope, id);
    }

    @Override
    protected void add(Scope scope, long id, PhotoUpload upload) {
        photos.add(scope, id, upload);
    }

    @Override
    protected PhotoBytes bytes(Scope scope, long id, long photoId, boolean thumbnail) {
        String type = thumbnail ? "image/jpeg" : photos.photoOf(scope, id, photoId).getContentType();
        return new PhotoBytes(type, photos.bytes(scope, id, photoId, thumbnail));
    }

    @Override
    protected void remove(Scope scope, long id, long photoId) {
        photos.remove(scope, id, photoId);
    }

    @Override
    protected String page(long id) {
        return "/contest-stops/" + id;
    }
}
