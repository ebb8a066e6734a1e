package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityAccess;
import cn.helituan.domain.activity.ActivityPhotosService;
import cn.helituan.web.photo.PhotoController;
import cn.helituan.web.photo.PhotoSettings;
import cn.helituan.web.photo.RecordPhotos;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** An activity's photos: adding them (each checked by its content), serving them, taking one off. */
@Controller
@RequestMapping("/activities/{id}/photos")
class ActivityPhotoController extends PhotoController {

    ActivityPhotoController(ActivityPhotosService photos, ActivityAccess access, PhotoSettings settings) {
        super(new RecordPhotos(access::get, photos::addPhoto, photos::photoBytes, photos::removePhoto), settings,
                "/activities/");
    }
}
