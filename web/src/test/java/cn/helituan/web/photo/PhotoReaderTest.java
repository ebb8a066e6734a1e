package cn.helituan.web.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.photo.PhotoUpload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A photo is read from its header on the request: the upload says the photo's own size, and has no thumbnail yet;
 * the thumbnail job's drawing decodes it at a step, 320 pixels wide, showing the picture (its left half red, its right
 * half blue, as drawn). A file cut short — in its header, in its data, or just its last marker — is still refused on
 * the request; bytes after a whole image's end (a phone's trailer) are not; a file damaged inside its data is taken
 * and gives no thumbnail.
 */
class PhotoReaderTest {

    /** A JPEG drawn as the tests here expect it: its left half red, its right half blue. */
    static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void aLargePhotoIsReadFromItsHeaderAndItsThumbnailShowsThePicture() throws Exception {
        byte[] photo = jpeg(4032, 3024);
        PhotoUpload upload = PhotoReader.read(photo, 15L << 20, ZONE);
        assertThat(upload.width()).isEqualTo(4032);
        assertThat(upload.height()).isEqualTo(3024);
        assertThat(upload.thumbnail()).as("made later, by the job").isNull();
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(PhotoReader.thumbnail(photo).orElseThrow()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
        Color left = new Color(thumbnail.getRGB(40, 120));
        Color right = new Color(thumbnail.getRGB(280, 120));
        assertThat(left.getRed()).isGreaterThan(200);
        assertThat(left.getBlue()).isLessThan(60);
        assertThat(right.getBlue()).isGreaterThan(200);
        assertThat(right.getRed()).isLessThan(60);
    }

    @Test
    void aPhotoCutShortIsRefused() throws Exception {
        byte[] whole = jpeg(1200, 900);
        for (int length : new int[] {40, 600, whole.length / 2, whole.length - 2}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> PhotoReader.read(cut, 15L << 20, ZONE)).as("cut at %d", length)
                    .isInstanceOf(PhotoReader.Refused.class)
                    .extracting(e -> ((PhotoReader.Refused) e).messageKey()).isEqualTo("activity.photo.unreadable");
        }
        byte[] trailer = Arrays.copyOf(whole, whole.length + 100);
        assertThat(PhotoReader.read(trailer, 15L << 20, ZONE).width()).as("bytes after its end").isEqualTo(1200);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        assertThat(PhotoReader.read(png, 15L << 20, ZONE).contentType()).isEqualTo("image/png");
        assertThatThrownBy(() -> PhotoReader.read(Arrays.copyOf(png, png.length - 6), 15L << 20, ZONE))
                .as("a PNG without its IEND").isInstanceOf(PhotoReader.Refused.class);
    }

    @Test
    void aPhotoDamagedInsideItsDataIsTakenAndGivesNoThumbnail() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        // the first chunk after the header (IHDR, 25 bytes at 8) is IDAT: its compressed pixels overwritten
        assertThat(new String(png, 37, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IDAT");
        for (int i = 41; i < 60; i++) {
            png[i] = (byte) 0xA5;
        }
        assertThat(PhotoReader.read(png, 15L << 20, ZONE).width()).isEqualTo(400);
        assertThat(PhotoReader.thumbnail(png)).isEmpty();
        assertThat(PhotoReader.thumbnail("%PDF-1.4".getBytes())).isEmpty();
    }
}
