package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityAccess;
import cn.helituan.domain.activity.ActivityPhotosService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.web.photo.PhotoPages;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/** An activity's photos: adding them (each checked by its content), serving them, taking one off. */
@Controller
@RequestMapping("/activities/{id}/photos")
class ActivityPhotoController extends PhotoPages {

    private final ActivityPhotosService photos;
    private final ActivityAccess access;

    ActivityPhotoController(ActivityPhotosService photos, ActivityAccess access, MessageSource messages,
                            @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize, Clock clock) {
        super(messages, maxPhotoSize, clock);
        this.photos = photos;
        this.access = access;
    }

    @Override
    protected void requireReadable(Scope scope, long id) {
        access.get(scope, id);
    }

    @Override
    protected void add(Scope scope, long id, PhotoUpload upload) {
        photos.addPhoto(scope, id, upload);
    }

    @Override
    protected PhotoBytes bytes(Scope scope, long id, long photoId, boolean thumbnail) {
        return photos.photoBytes(scope, id, photoId, thumbnail);
    }

    @Override
    protected void remove(Scope scope, long id, long photoId) {
        photos.removePhoto(scope, id, photoId);
    }

    @Override
    protected String page(long id) {
        return "/activities/" + id;
    }
}
