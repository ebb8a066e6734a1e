package cn.helituan.web.demand;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandAccess;
import cn.helituan.domain.demand.DemandPhoto;
import cn.helituan.domain.demand.DemandPhotosService;
import cn.helituan.web.common.Forms;
import cn.helituan.web.photo.PhotoUploads;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A demand's photos of the problem: adding them (each checked by its content), serving them, taking one off. */
@Controller
class DemandPhotoController {

    private final DemandPhotosService photos;
    private final DemandAccess access;
    private final MessageSource messages;
    private final DataSize maxPhotoSize;

    DemandPhotoController(DemandPhotosService photos, DemandAccess access, MessageSource messages,
                          @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize) {
        this.photos = photos;
        this.access = access;
        this.messages = messages;
        this.maxPhotoSize = maxPhotoSize;
    }

    /** Adds the chosen photos of the problem, each checked by its content (as an activity's are). */
    @PostMapping("/demands/{id}/photos")
    String addPhotos(Scope scope, @PathVariable long id,
                     @RequestParam(name = "photos", required = false) List<MultipartFile> files, Locale locale,
                     RedirectAttributes redirect) throws IOException {
        access.get(scope, id);
        PhotoUploads.accept(files, maxPhotoSize, messages, locale, upload -> photos.addPhoto(scope, id, upload),
                redirect, "flash.activity.photos");
        return "redirect:/demands/" + id + "#photos";
    }

    @GetMapping("/demands/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(Scope scope, @PathVariable long id, @PathVariable long photoId,
                                 @RequestParam(defaultValue = "false") boolean thumbnail) {
        DemandPhoto photo = photos.photoOf(scope, id, photoId);
        return PhotoUploads.served(thumbnail ? "image/jpeg" : photo.getContentType(),
                photos.photoBytes(scope, id, photoId, thumbnail));
    }

    @PostMapping("/demands/{id}/photos/{photoId}/remove")
    String removePhoto(Scope scope, @PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        String page = "/demands/" + id + "#photos";
        return Forms.redirectAfter(redirect, () -> photos.removePhoto(scope, id, photoId),
                "flash.activity.photoRemoved", page, page);
    }
}
