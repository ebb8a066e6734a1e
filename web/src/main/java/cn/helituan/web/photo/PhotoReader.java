package cn.helituan.web.photo;

import cn.helituan.domain.photo.PhotoUpload;
import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Iterator;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an uploaded photo by its content, never by its name or declared type, from its header only — the request
 * never decodes the image (a phone's 12-megapixel JPEG costs about 60 ms of CPU to decode even at a step,
 * docs/performance.md): JPEG, PNG or WebP by their first bytes; its size in pixels from the image reader's header
 * (a renamed PDF, or a file whose header does not read, is refused), no larger than the configured size nor than
 * {@value #MAX_PIXELS} pixels (a small file can decode to gigabytes); a file cut short (its structure does not reach
 * its end: a JPEG's end-of-image marker after its scans, a PNG's IEND chunk, the length a WebP's RIFF header
 * declares) refused. The capture time the camera wrote (EXIF DateTimeOriginal) is read as a wall time of the
 * deployment's zone: converted from the camera's offset when the file gives one (OffsetTimeOriginal, as phones write
 * it), taken as it stands when it gives none. The JPEG thumbnail of at most {@value #THUMBNAIL} pixels a side is
 * drawn later, by the {@code photo-thumbnail} job ({@link #thumbnail}); a file damaged inside its data, which no header
 * shows, is found then and marked unreadable.
 */
final class PhotoReader {

    static final int THUMBNAIL = 320;
    static final long MAX_PIXELS = 60_000_000L;

    /** Why a file is not taken, as a message key with arguments. */
    static final class Refused extends Exception {
        private final String messageKey;
        private final transient Object[] args;

        Refused(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args;
        }
    }

    /** The photo as read from its header, and the position the camera wrote (null when it wrote none). */
    record Inspected(PhotoUpload upload, GeoLocation place) {
    }

    private PhotoReader() {
    }

    /** The photo (without its thumbnail), its capture time a wall time in {@code zone} (the Clock's zone). */
    static PhotoUpload read(byte[] bytes, long maxBytes, ZoneId zone) throws Refused {
        return inspect(bytes, maxBytes, zone).upload();
    }

    /** The photo as {@link #read}, with its EXIF position: its metadata read once for both. */
    static Inspected inspect(byte[] bytes, long maxBytes, ZoneId zone) throws Refused {
        if (bytes.length == 0) {
            throw new Refused("activity.photo.empty");
        }
        if (bytes.length > maxBytes) {
            throw new Refused("activity.photo.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new Refused("activity.photo.notImage");
        }
        if (!FileEnds.whole(type, bytes)) {
            throw new Refused("activity.photo.unreadable");
        }
        int[] size = size(bytes);
        Metadata metadata = metadata(bytes);
        return new Inspected(new PhotoUpload(type, size[0], size[1], takenAt(metadata, zone), bytes, null),
                place(metadata));
    }

    /** image/jpeg, image/png or image/webp from the file's first bytes; null for anything else. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** Width and height from the image reader's header, without decoding a pixel; refused when it does not read. */
    private static int[] size(byte[] bytes) throws Refused {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("activity.photo.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new Refused("activity.photo.unreadable");
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new Refused("activity.photo.tooManyPixels");
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("activity.photo.unreadable");
        }
    }

    /**
     * The JPEG thumbnail of a stored photo (the {@code photo-thumbnail} job's work); empty when the image does not
     * decode. The whole file is decoded keeping only every n-th pixel of every n-th row, n such that the image kept
     * is still at least twice the thumbnail's size: a phone's 12-megapixel photo is kept as about 670 × 500 instead
     * of 4032 × 3024 (48 MB of pixels).
     */
    static Optional<byte[]> thumbnail(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / (2 * THUMBNAIL));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return image == null ? Optional.empty() : Optional.of(scaled(image));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] scaled(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException("a JPEG thumbnail could not be written", e);
        }
        return out.toByteArray();
    }

    /** The file's metadata (EXIF and the like); null when it has none that reads. */
    private static Metadata metadata(byte[] bytes) {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The camera's capture time as a wall time in the zone; null when the file says none. metadata-extractor applies
     * OffsetTimeOriginal (0x9011) when the file has it and the zone given otherwise, so a time without an offset
     * keeps its wall time and one with an offset is converted into the zone.
     */
    private static LocalDateTime takenAt(Metadata metadata, ZoneId zone) {
        try {
            ExifSubIFDDirectory exif = metadata == null ? null
                    : metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            Date original = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone(zone));
            return original == null ? null : LocalDateTime.ofInstant(original.toInstant(), zone);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The position the camera wrote (EXIF GPS); null when none, or 0°, 0°. */
    private static GeoLocation place(Metadata metadata) {
        try {
            GpsDirectory gps = metadata == null ? null : metadata.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation location = gps == null ? null : gps.getGeoLocation();
            return location == null || location.isZero() ? null : location;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
