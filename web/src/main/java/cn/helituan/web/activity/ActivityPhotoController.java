package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityAccess;
import cn.helituan.domain.activity.ActivityPhotosService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoBytes;
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

/** An activity's photos: adding them (each checked by its content), serving them, taking one off. */
@Controller
class ActivityPhotoController {

    private final ActivityPhotosService photos;
    private final ActivityAccess access;
    private final MessageSource messages;
    private final DataSize maxPhotoSize;

    ActivityPhotoController(ActivityPhotosService photos, ActivityAccess access, MessageSource messages,
                            @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize) {
        this.photos = photos;
        this.access = access;
        this.messages = messages;
        this.maxPhotoSize = maxPhotoSize;
    }

    /**
     * Adds the chosen photos, each checked by its content; those refused are listed with the reason, the others
     * kept (each photo is its own action: one bad file does not cost the good ones).
     */
    @PostMapping("/activities/{id}/photos")
    String addPhotos(Scope scope, @PathVariable long id,
                     @RequestParam(name = "photos", required = false) List<MultipartFile> files, Locale locale,
                     RedirectAttributes redirect) throws IOException {
        access.get(scope, id);
        PhotoUploads.accept(files, maxPhotoSize, messages, locale, upload -> photos.addPhoto(scope, id, upload),
                redirect, "flash.activity.photos");
        return "redirect:/activities/" + id + "#photos";
    }

    @GetMapping("/activities/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(Scope scope, @PathVariable long id, @PathVariable long photoId,
                                 @RequestParam(defaultValue = "false") boolean thumbnail) {
        PhotoBytes photo = photos.photoBytes(scope, id, photoId, thumbnail);
        return PhotoUploads.served(photo.contentType(), photo.bytes());
    }

    @PostMapping("/activities/{id}/photos/{photoId}/remove")
    String removePhoto(Scope scope, @PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        String page = "/activities/" + id;
        return Forms.redirectAfter(redirect, () -> photos.removePhoto(scope, id, photoId),
                "flash.activity.photoRemoved", page, page);
    }
}
