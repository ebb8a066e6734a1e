package cn.helituan.web.photo;

import cn.helituan.domain.photo.PhotoUpload;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
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
import java.util.Collections;
import java.util.Iterator;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an uploaded photo by its content, never by its name or declared type: JPEG, PNG or WebP by their first
 * bytes, then decoded (a renamed PDF or a truncated file is refused), no larger than the configured size nor than
 * {@value #MAX_PIXELS} pixels (a small file can decode to gigabytes); makes a JPEG thumbnail of at most
 * {@value #THUMBNAIL} pixels a side, and reads the capture time the camera wrote (EXIF DateTimeOriginal) as a wall
 * time of the deployment's zone: converted from the camera's offset when the file gives one (OffsetTimeOriginal, as
 * phones write it), taken as it stands when it gives none.
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

    private PhotoReader() {
    }

    /** The photo, its capture time a wall time in {@code zone} (the deployment's: the Clock's zone). */
    static PhotoUpload read(byte[] bytes, long maxBytes, ZoneId zone) throws Refused {
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
        Decoded decoded = decode(bytes);
        return new PhotoUpload(type, decoded.width(), decoded.height(), takenAt(bytes, zone), bytes,
                thumbnail(decoded.image()));
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

    /** The file decoded: its own size in pixels, and its image read at a step of pixels the thumbnail needs. */
    private record Decoded(int width, int height, BufferedImage image) {
    }

    /**
     * Decodes the whole file (a file that does not decode is refused) but keeps only every n-th pixel of every n-th
     * row, n such that the image kept is still at least twice the thumbnail's size: a phone's 12-megapixel photo is
     * kept as about 670 × 500 instead of 4032 × 3024 (48 MB of pixels), which is most of a check-in's CPU
     * (docs/performance.md, "the check-in's photo").
     */
    private static Decoded decode(byte[] bytes) throws Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("activity.photo.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Refused("activity.photo.tooManyPixels");
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int step = Math.max(1, Math.max(width, height) / (2 * THUMBNAIL));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new Refused("activity.photo.unreadable");
                }
                return new Decoded(width, height, image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("activity.photo.unreadable");
        }
    }

    private static byte[] thumbnail(BufferedImage image) {
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

    /**
     * The camera's capture time as a wall time in the zone; null when the file says none. metadata-extractor applies
     * OffsetTimeOriginal (0x9011) when the file has it and the zone given otherwise, so a time without an offset
     * keeps its wall time and one with an offset is converted into the zone.
     */
    static LocalDateTime takenAt(byte[] bytes, ZoneId zone) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            Date original = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone(zone));
            return original == null ? null : LocalDateTime.ofInstant(original.toInstant(), zone);
        } catch (Exception e) {
            return null;
        }
    }
}
