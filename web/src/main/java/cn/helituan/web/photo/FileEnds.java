package cn.helituan.web.photo;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether an image file reaches its own end, by walking its structure without decoding it (a few milliseconds for a
 * phone's 3 MB JPEG): a file cut short in the upload or on the phone is refused on the request as it was when the
 * request decoded it. What follows the image's end (a phone's trailer, a motion photo's video) is not looked at.
 */
final class FileEnds {

    /** A byte array read as little-endian longs: the lowest address is the lowest byte. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private FileEnds() {
    }

    /** Whether the file of the sniffed type is whole; a type without a rule here is taken as whole. */
    static boolean whole(String type, byte[] b) {
        return switch (type) {
            case "image/jpeg" -> jpeg(b);
            case "image/png" -> png(b);
            case "image/webp" -> webp(b);
            default -> true;
        };
    }

    /**
     * A JPEG's segments from SOI: each marker's length skips its segment (the EXIF one, with its own embedded
     * thumbnail, included); after a start-of-scan the entropy-coded data runs to the next marker that is neither a
     * stuffed 0xFF00 nor a restart marker; whole when the end-of-image marker comes after them.
     */
    static boolean jpeg(byte[] b) {
        int i = 2;
        boolean scanned = false;
        while (i + 1 < b.length) {
            if (b[i] != (byte) 0xFF) {
                i++; // stray bytes before a marker: skipped, as decoders do
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9) {
                return scanned;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                i += 2;
                continue;
            }
            if (i + 3 >= b.length) {
                return false;
            }
            int length = (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
            if (length < 2) {
                return false;
            }
            i += 2 + length;
            if (marker == 0xDA) {
                scanned = true;
                i = scanEnd(b, i);
            }
        }
        return false;
    }

    /** The index of the marker that ends the entropy-coded data starting at {@code i}, or the file's length. */
    private static int scanEnd(byte[] b, int i) {
        while (true) {
            i = nextFf(b, i);
            if (i + 1 >= b.length) {
                return b.length;
            }
            int next = b[i + 1] & 0xFF;
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                i += 2;
            } else if (next == 0xFF) {
                i++;
            } else {
                return i;
            }
        }
    }

    /**
     * The index of the first 0xFF byte at or after {@code i}, or the file's length: eight bytes at a time (a 0xFF
     * byte of the word is a zero byte of its complement, found by the borrow it causes), as a phone's 3 MB of
     * entropy-coded data has one about every 200 bytes.
     */
    static int nextFf(byte[] b, int i) {
        for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
            long inverted = ~(long) LONGS.get(b, i);
            long zeros = (inverted - 0x0101010101010101L) & ~inverted & 0x8080808080808080L;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == (byte) 0xFF) {
                return i;
            }
        }
        return b.length;
    }

    /** A PNG's chunks from its signature, each skipped by its length, to the IEND chunk. */
    static boolean png(byte[] b) {
        long i = 8;
        while (i + 8 <= b.length) {
            int at = (int) i;
            long length = (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8
                    | b[at + 3] & 0xFFL;
            boolean end = b[at + 4] == 'I' && b[at + 5] == 'E' && b[at + 6] == 'N' && b[at + 7] == 'D';
            i += 12 + length;
            if (end) {
                return i <= b.length;
            }
        }
        return false;
    }

    /** A WebP's RIFF header says how long the file is: all of it must be there. */
    static boolean webp(byte[] b) {
        long declared = b[4] & 0xFFL | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
        return declared + 8 <= b.length;
    }
}
