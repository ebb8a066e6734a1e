package cn.helituan.web.photo;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.web.common.Forms;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A record's photos, the same for every feature that keeps them: adding them (each checked by its content; those
 * refused are listed with the reason, the others kept — each photo is its own action), serving them, taking one off.
 * A feature's controller extends it under its record's address ({@code @RequestMapping("/activities/{id}/photos")})
 * and hands its service's steps as {@link RecordPhotos} hooks (record lookup with the scope check, add, serve,
 * remove); the service checks the reader's scope in each. The bytes live in the BlobStore, keyed by the feature's
 * photo table (persistence's PhotoColumns and BlobKey.PHOTO_TABLES).
 */
public abstract class PhotoController {

    private final RecordPhotos photos;
    private final PhotoSettings settings;
    private final String recordPath;

    /** {@code recordPath}: the record's page without its id ("/activities/"). */
    protected PhotoController(RecordPhotos photos, PhotoSettings settings, String recordPath) {
        this.photos = photos;
        this.settings = settings;
        this.recordPath = recordPath;
    }

    /** The record's page, where adding a photo returns. */
    protected String page(long id) {
        return recordPath + id;
    }

    /** Where taking a photo off returns (the record's page unless said). */
    protected String pageAfterRemoving(long id) {
        return page(id);
    }

    @PostMapping
    public String addPhotos(Scope scope, @PathVariable long id,
                            @RequestParam(name = "photos", required = false) List<MultipartFile> files,
                            Locale locale, RedirectAttributes redirect) throws IOException {
        photos.readable().find(scope, id);
        PhotoUploads.accept(files, settings.maxPhotoSize(), settings.zone(), settings.messages(), locale,
                upload -> photos.add().add(scope, id, upload), redirect, "flash.activity.photos");
        return "redirect:" + page(id) + "#photos";
    }

    @GetMapping("/{photoId}")
    public ResponseEntity<byte[]> photo(Scope scope, @PathVariable long id, @PathVariable long photoId,
                                        @RequestParam(defaultValue = "false") boolean thumbnail) {
        PhotoBytes photo = photos.bytes().bytes(scope, id, photoId, thumbnail);
        return PhotoUploads.served(photo.contentType(), photo.bytes());
    }

    @PostMapping("/{photoId}/remove")
    public String removePhoto(Scope scope, @PathVariable long id, @PathVariable long photoId,
                              RedirectAttributes redirect) {
        String page = pageAfterRemoving(id);
        return Forms.redirectAfter(redirect, () -> photos.remove().remove(scope, id, photoId),
                "flash.activity.photoRemoved", page, page);
    }
}
