package cn.helituan.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merged ranges of one worksheet ({@code <mergeCell ref="A2:A5"/>}), read so that the value of a range's top-left
 * cell applies to every cell of the range, as a person reading the sheet takes it (a ledger merges a group's name
 * down its rows). The ranges stand in {@code <mergeCells>} AFTER {@code <sheetData>}, so a streaming reader cannot
 * know them when it meets the rows: {@link #scan} makes a cheap first pass over the sheet's bytes (no XML parsing,
 * only the ranges are kept), then {@link #fill} fills each row as the SAX pass hands it on. Memory grows with the
 * number of ranges, not of rows; a range is forgotten once its last row is passed, so a row's work follows the ranges
 * covering it. More than {@link #MAX_RANGES} ranges: the file is refused ({@code import.file.tooManyMerges}).
 */
final class MergedCells {

    /** A range, rows as Excel numbers them (from 1), columns from 0; {@code value} is its top-left cell's text. */
    private static final class Range {
        final int top;
        final int bottom;
        final int left;
        final int right;
        String value;

        Range(int top, int bottom, int left, int right) {
            this.top = top;
            this.bottom = bottom;
            this.left = left;
            this.right = right;
        }
    }

    static final MergedCells NONE = new MergedCells(List.of());

    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;
    private static final int MAX_ELEMENT = 1024;
    /** The most ranges a sheet may have: millions of them would fill the heap before a row is read. */
    static final int MAX_RANGES = 100_000;

    private final List<Range> ranges;
    private final Deque<Range> active = new ArrayDeque<>();
    private int next;

    private MergedCells(List<Range> ranges) {
        this.ranges = ranges;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The ranges of the sheet XML in {@code in} (read to its end, not closed), by their top row. Looks for
     * {@code mergeCell} elements (with or without a namespace prefix) and their {@code ref} attribute; a range of one
     * cell or a malformed reference is ignored.
     */
    static MergedCells scan(InputStream in) throws IOException, ImportFileException {
        List<Range> ranges = new ArrayList<>();
        byte[] buffer = new byte[CHUNK + MAX_ELEMENT + NAME.length + 2];
        int kept = 0;
        while (true) {
            int read = in.readNBytes(buffer, kept, CHUNK);
            int length = kept + read;
            int from = 0;
            int cut = -1;
            for (int i = indexOf(buffer, length, 0); i >= 0; i = indexOf(buffer, length, from)) {
                int after = i + NAME.length;
                if (after >= length) {
                    cut = i;
                    break;
                }
                byte b = buffer[after];
                boolean element = i > 0 && (buffer[i - 1] == '<' || buffer[i - 1] == ':')
                        && (b == ' ' || b == '\t' || b == '\r' || b == '\n');
                if (!element) {
                    from = after;
                    continue;
                }
                int end = after;
                while (end < length && buffer[end] != '>') {
                    end++;
                }
                if (end >= length) {
                    cut = i;
                    break;
                }
                Range range = range(new String(buffer, after, end - after, StandardCharsets.US_ASCII));
                if (range != null) {
                    if (ranges.size() >= MAX_RANGES) {
                        throw new ImportFileException(ImportFileException.TOO_MANY_MERGES, MAX_RANGES);
                    }
                    ranges.add(range);
                }
                from = end;
            }
            if (read == 0) {
                break;
            }
            // carry an element cut at the chunk's end, or the last bytes that may start one
            int carryFrom = cut >= 0 && length - cut <= MAX_ELEMENT ? cut - 1 : Math.max(from, length - NAME.length - 1);
            carryFrom = Math.max(0, carryFrom);
            kept = length - carryFrom;
            System.arraycopy(buffer, carryFrom, buffer, 0, kept);
        }
        ranges.sort(Comparator.comparingInt(r -> r.top));
        return new MergedCells(ranges);
    }

    private static int indexOf(byte[] buffer, int length, int from) {
        outer:
        for (int i = from; i <= length - NAME.length; i++) {
            for (int j = 0; j < NAME.length; j++) {
                if (buffer[i + j] != NAME[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The range of {@code ref="B2:D4"} among an element's attributes; null when there is none. */
    private static Range range(String attributes) {
        int at = attributes.indexOf("ref=");
        if (at < 0 || at + 5 >= attributes.length()) {
            return null;
        }
        char quote = attributes.charAt(at + 4);
        int end = attributes.indexOf(quote, at + 5);
        if (end < 0) {
            return null;
        }
        String[] corners = attributes.substring(at + 5, end).split(":");
        if (corners.length != 2) {
            return null;
        }
        int[] a = cell(corners[0]);
        int[] b = cell(corners[1]);
        if (a == null || b == null) {
            return null;
        }
        Range range = new Range(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]),
                Math.min(Math.max(a[1], b[1]), XlsxSheetHandler.MAX_COLUMNS - 1));
        return range.top == range.bottom && range.left == range.right ? null : range;
    }

    /** {row, column} of a reference such as {@code $B$12}; null when malformed. */
    private static int[] cell(String reference) {
        String ref = reference.replace("$", "").strip();
        int column = XlsxSheetHandler.column(ref, -1);
        int digits = 0;
        while (digits < ref.length() && Character.isLetter(ref.charAt(digits))) {
            digits++;
        }
        if (column < 0 || digits == ref.length()) {
            return null;
        }
        try {
            int row = Integer.parseInt(ref.substring(digits));
            return row > 0 ? new int[] {row, column} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Fills the row's cells from the ranges covering it: on a range's top row its top-left value is taken (and
     * copied to the right), on the rows below it is copied into every cell of the range. Rows must come in order.
     *
     * @return the columns filled from a range's top row above (empty: none), for the import to refuse a number there
     */
    Set<Integer> fill(int row, List<String> cells) {
        if (ranges.isEmpty()) {
            return Set.of();
        }
        Set<Integer> below = null;
        while (next < ranges.size() && ranges.get(next).top <= row) {
            active.add(ranges.get(next++));
        }
        for (Iterator<Range> it = active.iterator(); it.hasNext(); ) {
            Range range = it.next();
            if (range.bottom < row) {
                it.remove();
                continue;
            }
            if (range.top == row) {
                range.value = range.left < cells.size() ? cells.get(range.left) : "";
            }
            if (range.value == null || range.value.isEmpty()) {
                continue;
            }
            while (cells.size() <= range.right) {
                cells.add("");
            }
            for (int c = range.left; c <= range.right; c++) {
                cells.set(c, range.value);
            }
            if (range.top < row) {
                if (below == null) {
                    below = new TreeSet<>();
                }
                for (int c = range.left; c <= range.right; c++) {
                    below.add(c);
                }
            }
        }
        return below == null ? Set.of() : below;
    }
}
