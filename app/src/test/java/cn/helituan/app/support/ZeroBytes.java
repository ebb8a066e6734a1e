package cn.helituan.app.support;

import java.io.InputStream;
import java.util.Arrays;

/** {@code size} zero bytes, never held in memory: the body of an upload too large to build in a test's heap. */
public final class ZeroBytes extends InputStream {

    private long left;

    public ZeroBytes(long size) {
        this.left = size;
    }

    @Override
    public int read() {
        if (left <= 0) {
            return -1;
        }
        left--;
        return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (left <= 0) {
            return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
    }
}
