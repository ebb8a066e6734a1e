package cn.helituan.web.photo;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.photo.PhotoUpload;
import com.drew.lang.GeoLocation;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo taken as evidence of presence (the daily check-in): read by its content as {@link PhotoReader} reads every
 * photo, from its header (type, pixels, a file cut short, EXIF capture time), plus the position the camera wrote
 * (EXIF GPS, by metadata-extractor), if any; its thumbnail is drawn later (at night, or when first opened). From a
 * form's file or from a request's body (the check-in page's script sends it so).
 */
public final class PhotoEvidence {

    /** A check-in photo over the size limit: the limit in MB as its argument ("照片超过 {0} MB…"). */
    static final String TOO_LARGE = "checkin.photo.tooLarge";
    /**
     * The largest declared length read into an array of that length at once (a phone's photo is 2-4 MB); a larger
     * one grows with what arrives, so that a client declaring the limit and sending slowly holds no more than it
     * sent.
     */
    private static final long EXACT = 4L * 1024 * 1024;
    /** How much of a body over the size limit is read to its end, at most, before it is refused. */
    private static final long DRAINED = 64L * 1024 * 1024;

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
        return read(file.getBytes(), maxSize, zone, field);
    }

    /**
     * Reads a photo sent as a request's body ({@code length} as its header declares it, -1 when it declares none),
     * as {@link #read(MultipartFile, DataSize, ZoneId, String)}: one over the size refused before a byte is read (or
     * as soon as the body runs past it), an empty body none.
     */
    public static Read read(InputStream body, long length, DataSize maxSize, ZoneId zone, String field)
            throws IOException {
        byte[] bytes = length > maxSize.toBytes() ? null
                : length >= 0 && length <= EXACT ? declared(body, (int) length)
                : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize.toBytes() + 1));
        if (bytes == null || bytes.length > maxSize.toBytes()) {
            // read to its end (within reason) so that the phone, still sending, gets the answer and not a reset
            long left = DRAINED;
            long skipped;
            while (left > 0 && (skipped = body.skip(Math.min(left, 1 << 16))) > 0) {
                left -= skipped;
            }
            throw new RuleViolation(field, TOO_LARGE, maxSize.toMegabytes());
        }
        return bytes.length == 0 ? null : read(bytes, maxSize, zone, field);
    }

    /**
     * A body of the declared length read into one array of that length (not in chunks copied together at the end:
     * a 3 MB photo's copy and garbage saved); a body that ends before it is a photo cut short, as the phone's
     * dropped upload is.
     */
    private static byte[] declared(InputStream body, int length) throws IOException {
        byte[] bytes = new byte[length];
        if (body.readNBytes(bytes, 0, length) < length) {
            throw new EOFException("the body ended before its declared " + length + " bytes");
        }
        return bytes;
    }

    private static Read read(byte[] bytes, DataSize maxSize, ZoneId zone, String field) {
        PhotoReader.Inspected read;
        try {
            read = PhotoReader.inspect(bytes, maxSize.toBytes(), zone);
        } catch (PhotoReader.Refused refused) {
            throw new RuleViolation(field, refused.messageKey().equals("activity.photo.tooLarge") ? TOO_LARGE
                    : refused.messageKey(), refused.args());
        }
        GeoLocation place = read.place();
        return new Read(read.upload(), place == null ? null : place.getLatitude(),
                place == null ? null : place.getLongitude());
    }
}
