package cn.helituan.domain.imports;

/**
 * A set of longs in one array (open addressing), for the identities of a pass: 16 bytes a row at most, where a
 * HashSet of strings takes ten times that. Two different keys with the same 64-bit hash (about one chance in
 * 10^7 for a million rows) would be taken for a repeated row: the row is refused, never imported wrongly.
 */
final class LongSet {

    private long[] slots = new long[1 << 10];
    private int size;
    private boolean zero;

    /** Whether the value was new. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !zero;
            zero = true;
            return added;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, value);
    }

    private boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = (int) (mix(value) & mask);
        while (table[i] != 0) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                insert(slots, value);
            }
        }
    }

    private static long mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** A 64-bit hash of the text (FNV-1a over its chars). */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
