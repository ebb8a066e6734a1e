package cn.helituan.web.supervision;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.supervision.InspectionWork;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.web.photo.PhotoPages;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/** A finding's photos: what was seen, the correction's evidence; added while it is not closed. */
@Controller
@RequestMapping("/supervision/findings/{id}/photos")
class FindingPhotoController extends PhotoPages {

    private final InspectionWork work;
    private final SupervisionReading reading;

    FindingPhotoController(InspectionWork work, SupervisionReading reading, MessageSource messages,
                           @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize, Clock clock) {
        super(messages, maxPhotoSize, clock);
        this.work = work;
        this.reading = reading;
    }

    @Override
    protected void requireReadable(Scope scope, long id) {
        reading.finding(scope, id);
    }

    @Override
    protected void add(Scope scope, long id, PhotoUpload upload) {
        work.addPhoto(scope, id, upload);
    }

    @Override
    protected PhotoBytes bytes(Scope scope, long id, long photoId, boolean thumbnail) {
        String type = thumbnail ? "image/jpeg" : work.photoOf(scope, id, photoId).getContentType();
        return new PhotoBytes(type, work.photoBytes(scope, id, photoId, thumbnail));
    }

    @Override
    protected void remove(Scope scope, long id, long photoId) {
        work.removePhoto(scope, id, photoId);
    }

    @Override
    protected String page(long id) {
        return "/supervision/findings/" + id;
    }
}
