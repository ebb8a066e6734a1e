import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The check-in bench's photo (bench/checkins.sh): a phone-sized JPEG, 4032 × 3024, of about the given size (3 MB),
 * its pixels smooth shading with grain (so it compresses like a photo, not like a flat colour), the quality searched
 * until the file is within 2 % of the size, and an EXIF block as a phone writes it: Make, Model, DateTimeOriginal
 * now in Beijing time with OffsetTimeOriginal +08:00, and the GPS position given. Run with the JDK's source launcher:
 *
 *   java bench/CheckInPhoto.java out.jpg 3000000 34.36 107.24
 */
public final class CheckInPhoto {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        double latitude = Double.parseDouble(args[2]);
        double longitude = Double.parseDouble(args[3]);
        BufferedImage image = picture(4032, 3024);
        float low = 0.5f;
        float high = 1.0f;
        byte[] jpeg = encode(image, 0.9f);
        for (int i = 0; i < 8 && Math.abs(jpeg.length - target) > target / 50; i++) {
            float quality = (low + high) / 2;
            jpeg = encode(image, quality);
            if (jpeg.length > target) {
                high = quality;
            } else {
                low = quality;
            }
        }
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        byte[] photo = withExif(jpeg, now, latitude, longitude);
        Files.write(out, photo);
        System.out.println(out + ": " + photo.length + " bytes, 4032x3024, EXIF " + now.withNano(0) + " +08:00, GPS "
                + latitude + ", " + longitude);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(18);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sky = (double) y / height;
                int grain = random.nextInt(48) - 24;
                int r = clamp((int) (90 + 80 * Math.sin(x / 310.0) * sky + 60 * sky) + grain);
                int g = clamp((int) (140 + 70 * Math.cos(y / 170.0 + x / 900.0)) + grain);
                int b = clamp((int) (200 - 120 * sky + 30 * Math.sin((x + y) / 57.0)) + grain);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JPEG with an APP1 EXIF block (big-endian TIFF) right after its start marker. */
    private static byte[] withExif(byte[] jpeg, LocalDateTime takenAt, double latitude, double longitude)
            throws IOException {
        ByteBuffer b = ByteBuffer.allocate(256);
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: Make (at 200), Model (at 208), the EXIF IFD's pointer (38 + 4 bytes), the GPS IFD's
        b.position(8);
        b.putShort((short) 4);
        entry(b, 0x010F, 2, 7, 200);
        entry(b, 0x0110, 2, 9, 208);
        entry(b, 0x8769, 4, 1, 62);
        entry(b, 0x8825, 4, 1, 112);
        b.putInt(0);
        // the EXIF IFD at 62: DateTimeOriginal (20 bytes at 92), OffsetTimeOriginal (7 bytes at 220)
        b.position(62);
        b.putShort((short) 2);
        entry(b, 0x9003, 2, 20, 92);
        entry(b, 0x9011, 2, 7, 220);
        b.putInt(0);
        b.position(92);
        b.put((takenAt.format(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss")) + "\0")
                .getBytes(StandardCharsets.US_ASCII));
        // the GPS IFD at 112: N/S, latitude (3 rationals at 166), E/W, longitude (at 190... written at 228)
        b.position(112);
        b.putShort((short) 4);
        ascii(b, 0x0001, latitude >= 0 ? 'N' : 'S');
        entry(b, 0x0002, 5, 3, 166);
        ascii(b, 0x0003, longitude >= 0 ? 'E' : 'W');
        entry(b, 0x0004, 5, 3, 228);
        b.putInt(0);
        b.position(166);
        rationals(b, Math.abs(latitude));
        b.position(200);
        b.put("HUAWEI\0".getBytes(StandardCharsets.US_ASCII));
        b.position(208);
        b.put("ALN-AL00\0".getBytes(StandardCharsets.US_ASCII));
        b.position(220);
        b.put("+08:00\0".getBytes(StandardCharsets.US_ASCII));
        b.position(228);
        rationals(b, Math.abs(longitude));
        byte[] tiff = b.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
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
