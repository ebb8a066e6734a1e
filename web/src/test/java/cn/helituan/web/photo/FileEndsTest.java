package cn.helituan.web.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search for a JPEG's 0xFF bytes finds each one a byte-by-byte search finds, in order. */
class FileEndsTest {

    @Test
    void everyFfByteIsFoundWhereverItSitsInItsWord() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly bytes near 0xFF (0xFE, 0x7F, 0x00 borrow differently), some 0xFF
                int[] near = {0xFF, 0xFE, 0x7F, 0x80, 0x00, 0x01, random.nextInt(256)};
                bytes[i] = (byte) near[random.nextInt(near.length)];
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            assertThat(FileEnds.nextFf(bytes, from)).as("round %d from %d", round, from)
                    .isEqualTo(byteByByte(bytes, from));
        }
    }

    @Test
    void aFileWithoutOneGivesItsLength() {
        assertThat(FileEnds.nextFf(new byte[23], 0)).isEqualTo(23);
        assertThat(FileEnds.nextFf(new byte[] {(byte) 0xFF}, 1)).isEqualTo(1);
    }

    private static int byteByByte(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == (byte) 0xFF) {
                return i;
            }
        }
        return bytes.length;
    }
}
