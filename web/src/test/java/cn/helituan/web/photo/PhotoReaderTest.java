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
 * A phone-sized photo is decoded at a step for its thumbnail: the upload still says the photo's own size, the
 * thumbnail is 320 pixels wide and shows the picture (its left half red, its right half blue, as drawn), and a file
 * cut short is still refused.
 */
class PhotoReaderTest {

    private static byte[] jpeg(int width, int height) throws Exception {
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

    @Test
    void aLargePhotoKeepsItsSizeAndItsThumbnailShowsThePicture() throws Exception {
        PhotoUpload upload = PhotoReader.read(jpeg(4032, 3024), 15L << 20, ZoneId.of("Asia/Shanghai"));
        assertThat(upload.width()).isEqualTo(4032);
        assertThat(upload.height()).isEqualTo(3024);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(upload.thumbnail()));
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
        byte[] cut = Arrays.copyOf(whole, 600);
        assertThatThrownBy(() -> PhotoReader.read(cut, 15L << 20, ZoneId.of("Asia/Shanghai")))
                .isInstanceOf(PhotoReader.Refused.class);
    }
}
