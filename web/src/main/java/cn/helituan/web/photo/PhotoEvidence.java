package cn.helituan.web.photo;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.photo.PhotoUpload;
import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo taken as evidence of presence (the daily check-in): read by its content as {@link PhotoReader} reads every
 * photo (type, pixels, thumbnail, EXIF capture time), plus the position the camera wrote (EXIF GPS, by
 * metadata-extractor), if any.
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
        byte[] bytes = file.getBytes();
        PhotoUpload upload;
        try {
            upload = PhotoReader.read(bytes, maxSize.toBytes(), zone);
        } catch (PhotoReader.Refused refused) {
            throw new RuleViolation(field, refused.messageKey().equals("activity.photo.tooLarge") ? TOO_LARGE
                    : refused.messageKey(), refused.args());
        }
        GeoLocation place = place(bytes);
        return new Read(upload, place == null ? null : place.getLatitude(), place == null ? null : place.getLongitude());
    }

    private static GeoLocation place(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation location = gps == null ? null : gps.getGeoLocation();
            return location == null || location.isZero() ? null : location;
        } catch (Exception e) {
            return null;
        }
    }
}
