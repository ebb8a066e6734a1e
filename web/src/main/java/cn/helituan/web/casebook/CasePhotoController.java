package cn.helituan.web.casebook;

import cn.helituan.domain.casebook.CaseGallery;
import cn.helituan.web.photo.PhotoController;
import cn.helituan.web.photo.PhotoSettings;
import cn.helituan.web.photo.RecordPhotos;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A case's photos: its authors add and take them off until it is published; every reader of the case sees them. */
@Controller
@RequestMapping("/cases/{id}/photos")
class CasePhotoController extends PhotoController {

    CasePhotoController(CaseGallery gallery, PhotoSettings settings) {
        super(new RecordPhotos(gallery::readable, gallery::add, gallery::bytes, gallery::remove), settings, "/cases/");
    }
}
