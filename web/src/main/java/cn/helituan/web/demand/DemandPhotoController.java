package cn.helituan.web.demand;

import cn.helituan.domain.demand.DemandAccess;
import cn.helituan.domain.demand.DemandPhotosService;
import cn.helituan.web.photo.PhotoController;
import cn.helituan.web.photo.PhotoSettings;
import cn.helituan.web.photo.RecordPhotos;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A demand's photos of the problem: adding them (each checked by its content), serving them, taking one off. */
@Controller
@RequestMapping("/demands/{id}/photos")
class DemandPhotoController extends PhotoController {

    DemandPhotoController(DemandPhotosService photos, DemandAccess access, PhotoSettings settings) {
        super(new RecordPhotos(access::get, photos::addPhoto, RecordPhotos.typed(photos::photoOf, photos::photoBytes),
                photos::removePhoto), settings, "/demands/");
    }

    @Override
    protected String pageAfterRemoving(long id) {
        return page(id) + "#photos";
    }
}
