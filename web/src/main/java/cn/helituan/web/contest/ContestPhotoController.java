package cn.helituan.web.contest;

import cn.helituan.domain.contest.ContestPhotos;
import cn.helituan.web.photo.PhotoController;
import cn.helituan.web.photo.PhotoSettings;
import cn.helituan.web.photo.RecordPhotos;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A stop's photos (the visit's evidence): the organiser adds and takes them off, every reader of the round sees them. */
@Controller
@RequestMapping("/contest-stops/{id}/photos")
class ContestPhotoController extends PhotoController {

    ContestPhotoController(ContestPhotos photos, PhotoSettings settings) {
        super(new RecordPhotos(photos::readable, photos::add, RecordPhotos.typed(photos::photoOf, photos::bytes),
                photos::remove), settings, "/contest-stops/");
    }
}
