package cn.helituan.web.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.common.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * A check-in photo sent as the request's body: read whole, byte for byte, whether the request declares its length or
 * not; a body that ends before its declared length (the phone's signal dropped) is an upload cut short, not a photo;
 * one declared over the limit is refused before it is read.
 */
class PhotoEvidenceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DataSize MAX = DataSize.ofMegabytes(15);

    @Test
    void aBodyIsReadWholeWithOrWithoutItsDeclaredLength() throws Exception {
        byte[] photo = PhotoReaderTest.jpeg(64, 48);
        PhotoEvidence.Read declared = PhotoEvidence.read(new ByteArrayInputStream(photo), photo.length, MAX, ZONE,
                "photo");
        assertThat(declared.upload().content()).isEqualTo(photo);
        assertThat(declared.upload().width()).isEqualTo(64);
        PhotoEvidence.Read chunked = PhotoEvidence.read(new ByteArrayInputStream(photo), -1, MAX, ZONE, "photo");
        assertThat(chunked.upload().content()).isEqualTo(photo);
        assertThat(PhotoEvidence.read(new ByteArrayInputStream(new byte[0]), 0, MAX, ZONE, "photo"))
                .as("an empty body: no photo").isNull();
    }

    @Test
    void aBodyEndingBeforeItsDeclaredLengthIsCutShortAndOneDeclaredTooLargeIsRefused() throws Exception {
        byte[] photo = PhotoReaderTest.jpeg(64, 48);
        byte[] cut = Arrays.copyOf(photo, photo.length / 2);
        assertThatThrownBy(() -> PhotoEvidence.read(new ByteArrayInputStream(cut), photo.length, MAX, ZONE, "photo"))
                .isInstanceOf(EOFException.class);
        byte[] large = Arrays.copyOf(photo, 5 * 1024 * 1024);
        assertThat(PhotoEvidence.read(new ByteArrayInputStream(large), large.length, MAX, ZONE, "photo").upload()
                .content()).as("a declared length over 4 MB, read as it arrives").isEqualTo(large);
        assertThatThrownBy(() -> PhotoEvidence.read(new ByteArrayInputStream(photo), MAX.toBytes() + 1, MAX, ZONE,
                "photo")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("checkin.photo.tooLarge");
    }
}
