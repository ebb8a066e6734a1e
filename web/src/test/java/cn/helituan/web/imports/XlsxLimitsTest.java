package cn.helituan.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of an .xlsx ({@link XlsxLimits}, {@link XlsxWorkbook#inspect(Path)}): a zip that lies about its sizes,
 * a part POI would read whole, too many sheets, too many shared strings, an endless cell. What the upload form says
 * for each is in the app's {@code BadImportFilesTest}; here, which check catches what, and that reading a file that
 * skipped the upload's inspection is still guarded.
 */
class XlsxLimitsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private record Entry(String name, Content content) {
    }

    private static ImportFileException refusal(ThrowingCall call) {
        try {
            call.run();
        } catch (ImportFileException e) {
            return e;
        }
        throw new AssertionError("no ImportFileException");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws ImportFileException;
    }

    private static String key(ThrowingCall call) {
        return refusal(call).messageKey();
    }

    @Test
    void aBombIsRefusedFromTheSizesTheZipDeclaresBeforeAnythingIsInflated() throws Exception {
        byte[] random = new byte[1024];
        new Random(1).nextBytes(random);
        // a kilobyte of data that says it inflates to 2 GB: inflating it would find a kilobyte and no bomb
        Path file = write("declared.xlsx", declare(workbook(sheet(out -> { }), null, new Entry("xl/media/x.bin",
                out -> out.write(random))), "xl/media/x.bin", 0x8000_0000L));

        assertThat(key(() -> WorkbookReader.detect(file))).isEqualTo("import.file.zipBomb");
        assertThat(key(() -> WorkbookReader.sheetNames(file))).isEqualTo("import.file.zipBomb");
    }

    @Test
    void aSheetThatUnderstatesItsSizeIsRefusedOnUploadByInflatingItThroughPoisGuard() throws Exception {
        byte[] row = "<row><c t=\"inlineStr\"><is><t>0000000000</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
        byte[] bomb = workbook(sheet(out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(row);
            }
        }), null);
        // the central directory says the 60 MB sheet is no larger than its compressed size
        Path file = write("liar.xlsx", declare(bomb, "xl/worksheets/sheet1.xml", -1));

        assertThat(WorkbookReader.sheetNames(file)).as("opening alone inflates no sheet").containsExactly("Sheet1");
        assertThat(key(() -> WorkbookReader.detect(file))).isEqualTo("import.file.zipBomb");
        assertThat(key(() -> WorkbookReader.read(file, "Sheet1", (r, f) -> { }))).as("and reading it, as POI stops")
                .isEqualTo("import.file.zipBomb");
    }

    @Test
    void aPartPoiReadsWholeIsStoppedAtItsLimitEvenWhenItUnderstatesItsSize() throws Exception {
        Random random = new Random(2);
        byte[] hex = new byte[1 << 20];
        for (int i = 0; i < hex.length; i++) {
            hex[i] = (byte) "0123456789abcdef".charAt(random.nextInt(16));
        }
        Content properties = out -> {
            out.write("<Properties><!--".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written <= XlsxLimits.MAX_PART_SIZE; written += hex.length) {
                out.write(hex);
            }
            out.write("--></Properties>".getBytes(StandardCharsets.US_ASCII));
        };
        byte[] honest = workbook(sheet(out -> { }), null, new Entry("docProps/custom.xml", properties));
        Path declared = write("declared.xlsx", honest);
        Path understated = write("understated.xlsx", declare(honest, "docProps/custom.xml", -1));

        assertThat(key(() -> WorkbookReader.sheetNames(declared))).isEqualTo("import.file.zipBomb");
        assertThat(key(() -> WorkbookReader.sheetNames(understated))).isEqualTo("import.file.zipBomb");
    }

    @Test
    void moreThanThirtySheetsAreRefusedOnUploadWithTheCountAndTheLimit() throws Exception {
        Path thirty = write("thirty.xlsx", sheets(30));
        Path thirtyOne = write("thirty-one.xlsx", sheets(31));

        assertThat(WorkbookReader.detect(thirty)).isEqualTo(WorkbookReader.Format.XLSX);
        ImportFileException refused = refusal(() -> WorkbookReader.detect(thirtyOne));
        assertThat(refused.messageKey()).isEqualTo("import.file.tooManySheets");
        assertThat(refused.args()).containsExactly(31, 30);
    }

    @Test
    void aMillionAndOneSharedStringsAreRefusedOnUploadAndWhenAKeptFileIsRead() throws Exception {
        Path file = write("strings.xlsx", workbook(
                sheet(out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        .getBytes(StandardCharsets.UTF_8))),
                out -> {
                    for (int i = 0; i <= XlsxLimits.MAX_STRINGS; i++) {
                        out.write(("<si><t>" + i + "</t></si>").getBytes(StandardCharsets.UTF_8));
                    }
                }));

        ImportFileException refused = refusal(() -> WorkbookReader.detect(file));
        assertThat(refused.messageKey()).isEqualTo("import.file.tooMuchText");
        assertThat(refused.args()).containsExactly(XlsxLimits.MAX_STRINGS, XlsxLimits.MAX_STRING_CHARS);
        assertThat(key(() -> WorkbookReader.read(file, "Sheet1", (r, f) -> { })))
                .as("a file kept before the upload checked this").isEqualTo("import.file.tooMuchText");
    }

    @Test
    void aCellOfMoreThanAMillionCharactersIsRefusedWhenRead() throws Exception {
        Random random = new Random(3);
        byte[] letters = new byte[XlsxLimits.MAX_CELL_CHARS + 1];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (byte) ('a' + random.nextInt(26));
        }
        Path file = write("cell.xlsx", workbook(sheet(out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            out.write(letters);
            out.write("</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
        }), null));
        List<String> seen = new ArrayList<>();

        ImportFileException refused = refusal(() -> WorkbookReader.read(file, "Sheet1",
                (r, f) -> seen.add(r.cell(0))));
        assertThat(refused.messageKey()).isEqualTo("import.file.cellTooLong");
        assertThat(refused.args()).containsExactly(XlsxLimits.MAX_CELL_CHARS);
        assertThat(seen).isEmpty();
    }

    @Test
    void aCellUpToTheLimitReads() throws Exception {
        Random random = new Random(4);
        StringBuilder chinese = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            chinese.append((char) (0x4E00 + random.nextInt(20_000)));
        }
        String text = chinese.toString();
        Path file = write("long.xlsx", workbook(sheet(out -> out.write(("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>" + text + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8))), null));
        List<String> seen = new ArrayList<>();

        WorkbookReader.read(file, "Sheet1", (r, f) -> seen.add(r.cell(0)));

        assertThat(seen).containsExactly(text);
    }

    // ------------------------------------------------------------------------------------------------ makers

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] sheets(int count) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= count; i++) {
                workbook.createSheet("表" + i).createRow(0).createCell(0).setCellValue("姓名");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Content sheet(Content rows) {
        return out -> {
            out.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            rows.write(out);
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A workbook of one sheet named Sheet1, shared strings when given, and more entries. */
    private static byte[] workbook(Content sheet, Content strings, Entry... more) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            text(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Default Extension="bin" ContentType="application/octet-stream"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>""");
            text(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            text(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            text(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>""");
            entry(zip, new Entry("xl/worksheets/sheet1.xml", sheet));
            entry(zip, new Entry("xl/sharedStrings.xml", out -> {
                out.write(("<sst xmlns=\"" + MAIN + "\">").getBytes(StandardCharsets.UTF_8));
                if (strings != null) {
                    strings.write(out);
                }
                out.write("</sst>".getBytes(StandardCharsets.UTF_8));
            }));
            for (Entry e : more) {
                entry(zip, e);
            }
        }
        return bytes.toByteArray();
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        entry(zip, new Entry(name, out -> out.write(content.getBytes(StandardCharsets.UTF_8))));
    }

    private static void entry(ZipOutputStream zip, Entry entry) throws IOException {
        zip.putNextEntry(new ZipEntry(entry.name()));
        entry.content().write(zip);
        zip.closeEntry();
    }

    /**
     * The zip with the central directory's uncompressed size of {@code name} changed to {@code size} (-1: its
     * compressed size, so it declares no inflating at all). The local header written by {@link ZipOutputStream}
     * carries no sizes (they follow the data), so the central directory is what a reader believes.
     */
    private static byte[] declare(byte[] zip, String name, long size) {
        byte[] copy = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < copy.length; at++) {
            if (buffer.getInt(at) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            String found = new String(copy, at + 46, nameLength, StandardCharsets.UTF_8);
            if (found.equals(new String(wanted, StandardCharsets.UTF_8))) {
                long compressed = Integer.toUnsignedLong(buffer.getInt(at + 20));
                buffer.putInt(at + 24, (int) (size < 0 ? compressed : size));
                return copy;
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
