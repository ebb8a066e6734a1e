package cn.helituan.web.demand;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandAccess;
import cn.helituan.domain.demand.DemandPhotosService;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.web.photo.PhotoPages;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/** A demand's photos of the problem: adding them (each checked by its content), serving them, taking one off. */
@Controller
@RequestMapping("/demands/{id}/photos")
class DemandPhotoController extends PhotoPages {

    private final DemandPhotosService photos;
    private final DemandAccess access;

    DemandPhotoController(DemandPhotosService photos, DemandAccess access, MessageSource messages,
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

    /** The stored type of the photo, or the JPEG of its thumbnail. */
    @Override
    protected PhotoBytes bytes(Scope scope, long id, long photoId, boolean thumbnail) {
        String type = thumbnail ? "image/jpeg" : photos.photoOf(scope, id, photoId).getContentType();
        return new PhotoBytes(type, photos.photoBytes(scope, id, photoId, thumbnail));
    }

    @Override
    protected void remove(Scope scope, long id, long photoId) {
        photos.removePhoto(scope, id, photoId);
    }

    @Override
    protected String page(long id) {
        return "/demands/" + id;
    }

    @Override
    protected String pageAfterRemoving(long id) {
        return "/demands/" + id + "#photos";
    }
}
