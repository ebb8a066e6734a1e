package cn.helituan.app.station;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;

/**
 * A small JPEG for the check-in tests, its pixels drawn from a seed (another seed, another SHA-256), with an EXIF
 * block written by hand (APP1, big-endian TIFF): DateTimeOriginal, the OffsetTimeOriginal a phone writes beside it
 * ("+08:00") and a GPS position when given. The layout: IFD0 at 8 (two pointers, 30 bytes), the EXIF IFD at 38 (two
 * entries, 30 bytes) and its date at 68 (20 bytes), the GPS IFD at 88 (54 bytes), the latitude's three rationals at
 * 142 and the longitude's at 166, the offset's 7 bytes at 190.
 */
final class ExifJpeg {

    private ExifJpeg() {
    }

    static byte[] photo(int seed, LocalDateTime takenAt, Double latitude, Double longitude) throws IOException {
        return photo(seed, takenAt, null, latitude, longitude);
    }

    /** With the camera's offset from UTC written beside its time (OffsetTimeOriginal, "+08:00"), if given. */
    static byte[] photo(int seed, LocalDateTime takenAt, String offset, Double latitude, Double longitude)
            throws IOException {
        byte[] jpeg = plain(seed);
        if (takenAt == null && latitude == null) {
            return jpeg;
        }
        byte[] tiff = tiff(takenAt == null ? LocalDateTime.of(2000, 1, 1, 0, 0) : takenAt, offset, latitude,
                longitude);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] plain(int seed) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 7919 & 0xFFFFFF));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawString(Integer.toString(seed), 4, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] tiff(LocalDateTime takenAt, String offset, Double latitude, Double longitude) {
        boolean gps = latitude != null;
        ByteBuffer b = ByteBuffer.allocate(198);
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0: the EXIF IFD's pointer (and the GPS IFD's)
        b.putShort((short) (gps ? 2 : 1));
        entry(b, 0x8769, 4, 1, 38);
        if (gps) {
            entry(b, 0x8825, 4, 1, 88);
        }
        b.putInt(0);
        // the EXIF IFD at 38: DateTimeOriginal, 20 ASCII bytes at 68; OffsetTimeOriginal, 7 at 190
        b.position(38);
        b.putShort((short) (offset == null ? 1 : 2));
        entry(b, 0x9003, 2, 20, 68);
        if (offset != null) {
            entry(b, 0x9011, 2, 7, 190);
        }
        b.putInt(0);
        b.position(68);
        b.put((takenAt.format(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss")) + "\0")
                .getBytes(StandardCharsets.US_ASCII));
        if (gps) {
            b.position(88);
            b.putShort((short) 4);
            ascii(b, 0x0001, latitude >= 0 ? 'N' : 'S');
            entry(b, 0x0002, 5, 3, 142);
            ascii(b, 0x0003, longitude >= 0 ? 'E' : 'W');
            entry(b, 0x0004, 5, 3, 166);
            b.putInt(0);
            b.position(142);
            rationals(b, Math.abs(latitude));
            rationals(b, Math.abs(longitude));
        }
        if (offset != null) {
            b.position(190);
            b.put((offset + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void ascii(ByteBuffer b, int tag, char letter) {
        b.putShort((short) tag).putShort((short) 2).putInt(2).put((byte) letter).put((byte) 0).putShort((short) 0);
    }

    /** Degrees, minutes and seconds (to a ten-thousandth) as three rationals. */
    private static void rationals(ByteBuffer b, double degrees) {
        int whole = (int) degrees;
        double minutes = (degrees - whole) * 60;
        int wholeMinutes = (int) minutes;
        long seconds = Math.round((minutes - wholeMinutes) * 60 * 10_000);
        b.putInt(whole).putInt(1).putInt(wholeMinutes).putInt(1).putInt((int) seconds).putInt(10_000);
    }
}
