package cn.helituan.web.photo;

import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.common.RuleViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The photos of one upload (an activity's, a demand's), each checked by its content and added on its own: those
 * refused are listed with the reason, the others kept (one bad file does not cost the good ones).
 */
public final class PhotoUploads {

    private PhotoUploads() {
    }

    /**
     * Reads each chosen file and hands it to {@code add} (which saves it, or refuses it with a rule); says on the
     * redirect what was added and what was refused and why ({@code successKey}, {@code photoErrors}).
     */
    public static void accept(List<MultipartFile> files, DataSize maxSize, ZoneId zone, MessageSource messages,
                              Locale locale, Consumer<PhotoUpload> add, RedirectAttributes redirect, String successKey)
            throws IOException {
        List<String> refused = new ArrayList<>();
        int added = 0;
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                continue;
            }
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (file.getSize() > maxSize.toBytes()) {
                // refused before it is read into memory
                refused.add(name + "：" + messages.getMessage("activity.photo.tooLarge",
                        new Object[] {maxSize.toMegabytes()}, locale));
                continue;
            }
            try {
                add.accept(PhotoReader.read(file.getBytes(), maxSize.toBytes(), zone));
                added++;
            } catch (PhotoReader.Refused e) {
                refused.add(name + "：" + messages.getMessage(e.messageKey(), e.args(), locale));
            } catch (RuleViolation e) {
                refused.add(name + "：" + messages.getMessage(e.messageKey(), e.args(), locale));
            }
        }
        if (added > 0) {
            redirect.addFlashAttribute("success", successKey);
        }
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("photoErrors", refused);
        } else if (added == 0) {
            redirect.addFlashAttribute("failure", "activity.photo.none");
        }
    }

    /**
     * The photos chosen on a record's own form, read for saving with the record in one action: each checked by its
     * content as {@link #accept} does, but one refused (or one too many) refuses the whole form — its file and why
     * go on the form's {@code field}, and nothing is returned to save.
     */
    public static List<PhotoUpload> read(List<MultipartFile> files, DataSize maxSize, ZoneId zone, int maxCount,
                                         BindingResult result, String field) throws IOException {
        List<MultipartFile> chosen = chosen(files);
        if (chosen.size() > maxCount) {
            result.rejectValue(field, "activity.photos.tooMany", new Object[] {maxCount}, null);
            return List.of();
        }
        List<PhotoUpload> uploads = new ArrayList<>();
        for (MultipartFile file : chosen) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            try {
                if (file.getSize() > maxSize.toBytes()) {
                    throw new PhotoReader.Refused("activity.photo.tooLarge", maxSize.toMegabytes());
                }
                uploads.add(PhotoReader.read(file.getBytes(), maxSize.toBytes(), zone));
            } catch (PhotoReader.Refused e) {
                result.rejectValue(field, "activity.photo.refusedFile", new Object[] {name,
                    new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.args())}, null);
            }
        }
        return result.hasFieldErrors(field) ? List.of() : uploads;
    }

    /** The files a form's file input sent (a browser sends one empty part when none was chosen). */
    public static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
                .toList();
    }

    /**
     * What a thumbnail's address serves while the thumbnail job has not made it (or could not: the image does not
     * decode): a grey frame with a camera, 4:3 as a phone's photo, a few hundred bytes — never kept by the browser,
     * so the thumbnail shows once it is made.
     */
    static final byte[] PLACEHOLDER = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"240\""
            + " viewBox=\"0 0 320 240\"><rect width=\"320\" height=\"240\" fill=\"#e9ecef\"/>"
            + "<rect x=\"112\" y=\"88\" width=\"96\" height=\"68\" rx=\"10\" fill=\"none\" stroke=\"#adb5bd\""
            + " stroke-width=\"6\"/><circle cx=\"160\" cy=\"122\" r=\"20\" fill=\"none\" stroke=\"#adb5bd\""
            + " stroke-width=\"6\"/><rect x=\"136\" y=\"76\" width=\"30\" height=\"12\" fill=\"#adb5bd\"/></svg>")
            .getBytes(StandardCharsets.UTF_8);

    /**
     * A photo as it is served: its own type, kept an hour by the reader's browser only (it is evidence of a scope's
     * record, never for shared caches), never sniffed as another type; a thumbnail not made yet (no bytes) is the
     * {@link #PLACEHOLDER}, kept by no cache.
     */
    public static ResponseEntity<byte[]> served(String contentType, byte[] bytes) {
        if (bytes == null) {
            return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                    .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                    .body(PLACEHOLDER);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }
}
