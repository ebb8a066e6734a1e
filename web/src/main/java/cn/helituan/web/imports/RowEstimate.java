package cn.helituan.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * About how many data rows a kept file holds, for a pass's progress bar, read cheaply: a CSV's line breaks counted
 * in its bytes (in its first megabyte, in proportion to its size beyond that); an .xlsx worksheet's {@code <dimension ref="A1:K1001"/>} (written by Excel, WPS and POI near the
 * top of the sheet), else its {@code <row} elements counted while streaming the sheet. One header row a sheet is
 * taken off; title rows and the template's example row make it a little high (the job's total is set to the rows
 * actually read when it ends). Never throws: an estimate that cannot be made is 0 (unknown).
 */
final class RowEstimate {

    private static final Pattern DIMENSION = Pattern.compile("<(?:\\w+:)?dimension\\s+ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");
    private static final int HEAD = 8 * 1024;
    /** A CSV's bytes whose lines are counted; a longer file's are extrapolated (a whole pass read a large one twice). */
    private static final int CSV_COUNTED = 1024 * 1024;

    private RowEstimate() {
    }

    static long of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            return zip ? xlsx(file) : csv(file);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long csv(Path file) throws IOException {
        long size = Files.size(file);
        long lines = 0;
        long counted = 0;
        byte last = '\n';
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                if (counted >= CSV_COUNTED && size > counted) {
                    // a long file: its lines as many as the first megabyte's, in proportion to its size
                    return Math.max(0, Math.round((double) lines * size / counted) - 1);
                }
                counted += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        if (last != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    private static long xlsx(Path file) throws IOException {
        long rows = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    rows += Math.max(0, sheetRows(zip, entry) - 1);
                }
            }
        }
        return rows;
    }

    private static long sheetRows(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(HEAD);
            Matcher dimension = DIMENSION.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (dimension.find()) {
                return Long.parseLong(dimension.group(1));
            }
        }
        // no dimension recorded: count the rows as they stream by
        byte[] tag = "<row".getBytes(StandardCharsets.ISO_8859_1);
        long rows = 0;
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (matched == tag.length) {
                        if (b == ' ' || b == '>' || b == '/') {
                            rows++;
                        }
                        matched = 0;
                    }
                    matched = b == tag[matched] ? matched + 1 : (b == tag[0] ? 1 : 0);
                }
            }
        }
        return rows;
    }
}
