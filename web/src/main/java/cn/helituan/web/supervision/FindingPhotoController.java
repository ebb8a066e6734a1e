package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.InspectionWork;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.web.photo.PhotoController;
import cn.helituan.web.photo.PhotoSettings;
import cn.helituan.web.photo.RecordPhotos;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A finding's photos: what was seen, the correction's evidence; added while it is not closed. */
@Controller
@RequestMapping("/supervision/findings/{id}/photos")
class FindingPhotoController extends PhotoController {

    FindingPhotoController(InspectionWork work, SupervisionReading reading, PhotoSettings settings) {
        super(new RecordPhotos(reading::finding, work::addPhoto, RecordPhotos.typed(work::photoOf, work::photoBytes),
                work::removePhoto), settings, "/supervision/findings/");
    }
}
