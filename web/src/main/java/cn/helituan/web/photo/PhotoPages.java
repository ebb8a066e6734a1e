package cn.helituan.web.photo;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.web.common.Forms;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
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
 * and says how its service does each step; the service checks the reader's scope.
 */
public abstract class PhotoPages {

    private final MessageSource messages;
    private final DataSize maxPhotoSize;
    private final ZoneId zone;

    /** {@code clock}: the application's, whose zone the photos' capture times are read in. */
    protected PhotoPages(MessageSource messages, DataSize maxPhotoSize, Clock clock) {
        this.messages = messages;
        this.maxPhotoSize = maxPhotoSize;
        this.zone = clock.getZone();
    }

    /** Refuses (404/403) a record the reader may not see, before any file is read. */
    protected abstract void requireReadable(Scope scope, long id);

    protected abstract void add(Scope scope, long id, PhotoUpload upload);

    protected abstract PhotoBytes bytes(Scope scope, long id, long photoId, boolean thumbnail);

    protected abstract void remove(Scope scope, long id, long photoId);

    /** The record's page, where adding a photo returns. */
    protected abstract String page(long id);

    /** Where taking a photo off returns (the record's page unless said). */
    protected String pageAfterRemoving(long id) {
        return page(id);
    }

    @PostMapping
    public String addPhotos(Scope scope, @PathVariable long id,
                            @RequestParam(name = "photos", required = false) List<MultipartFile> files,
                            Locale locale, RedirectAttributes redirect) throws IOException {
        requireReadable(scope, id);
        PhotoUploads.accept(files, maxPhotoSize, zone, messages, locale, upload -> add(scope, id, upload), redirect,
                "flash.activity.photos");
        return "redirect:" + page(id) + "#photos";
    }

    @GetMapping("/{photoId}")
    public ResponseEntity<byte[]> photo(Scope scope, @PathVariable long id, @PathVariable long photoId,
                                        @RequestParam(defaultValue = "false") boolean thumbnail) {
        PhotoBytes photo = bytes(scope, id, photoId, thumbnail);
        return PhotoUploads.served(photo.contentType(), photo.bytes());
    }

    @PostMapping("/{photoId}/remove")
    public String removePhoto(Scope scope, @PathVariable long id, @PathVariable long photoId,
                              RedirectAttributes redirect) {
        String page = pageAfterRemoving(id);
        return Forms.redirectAfter(redirect, () -> remove(scope, id, photoId), "flash.activity.photoRemoved", page,
                page);
    }
}
