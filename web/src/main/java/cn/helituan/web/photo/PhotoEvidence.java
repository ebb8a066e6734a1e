package cn.helituan.web.photo;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.photo.PhotoUpload;
import com.drew.lang.GeoLocation;
import java.io.IOException;
import java.time.ZoneId;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo taken as evidence of presence (the daily check-in): read by its content as {@link PhotoReader} reads every
 * photo, from its header (type, pixels, a file cut short, EXIF capture time), plus the position the camera wrote
 * (EXIF GPS, by metadata-extractor), if any; its thumbnail is made after the commit.
 */
public final class PhotoEvidence {

    /** A check-in photo over the size limit: the limit in MB as its argument ("照片超过 {0} MB…"). */
    static final String TOO_LARGE = "checkin.photo.tooLarge";

    private PhotoEvidence() {
    }

    /** The photo as read, and the EXIF position in degrees (both null when the file has none). */
    public record Read(PhotoUpload upload, Double latitude, Double longitude) {
    }

    /**
     * Reads the file; refused on {@code field} (the rule's message key: not an image, too large, unreadable) when it
     * is not a photo that can be kept; null when no file was chosen. The capture time is a wall time in the zone.
     */
    public static Read read(MultipartFile file, DataSize maxSize, ZoneId zone, String field) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw new RuleViolation(field, TOO_LARGE, maxSize.toMegabytes());
        }
        PhotoReader.Inspected read;
        try {
            read = PhotoReader.inspect(file.getBytes(), maxSize.toBytes(), zone);
        } catch (PhotoReader.Refused refused) {
            throw new RuleViolation(field, refused.messageKey().equals("activity.photo.tooLarge") ? TOO_LARGE
                    : refused.messageKey(), refused.args());
        }
        GeoLocation place = read.place();
        return new Read(read.upload(), place == null ? null : place.getLatitude(),
                place == null ? null : place.getLongitude());
    }
}
