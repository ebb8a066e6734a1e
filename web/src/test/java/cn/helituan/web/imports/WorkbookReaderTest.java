package cn.helituan.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.imports.Cells;
import cn.helituan.domain.imports.SheetRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class WorkbookReaderTest {

    @TempDir
    Path dir;

    private record Visited(SheetRow row, Set<Integer> formulaColumns) {
        String cell(int column) {
            return row.cell(column);
        }
    }

    private static List<Visited> readAll(Path file, String sheet) throws ImportFileException {
        List<Visited> rows = new ArrayList<>();
        int count = WorkbookReader.read(file, sheet, (row, formulas) -> rows.add(new Visited(row, formulas)));
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    private static List<List<String>> cells(List<Visited> rows) {
        return rows.stream().map(v -> v.row().cells()).toList();
    }

    private Path write(String name, Workbook workbook) throws IOException {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String key(ThrowingCall call) {
        try {
            call.run();
        } catch (ImportFileException e) {
            return e.messageKey();
        }
        throw new AssertionError("no ImportFileException");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws ImportFileException;
    }

    private static void assertRejected(Path file, String messageKey) {
        assertThat(key(() -> WorkbookReader.detect(file))).as("detect").isEqualTo(messageKey);
        assertThat(key(() -> WorkbookReader.sheetNames(file))).as("sheetNames").isEqualTo(messageKey);
        assertThat(key(() -> WorkbookReader.read(file, "Sheet1", (row, formulas) -> { }))).as("read")
                .isEqualTo(messageKey);
        assertThat(openHandles(file)).as("open handles on %s", file).isZero();
    }

    /** How many of this process's file descriptors point at the file (Linux only; -1 elsewhere). */
    private static long openHandles(Path file) {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> links = Files.list(fds)) {
            return links.filter(link -> {
                try {
                    return Files.readSymbolicLink(link).equals(target);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----------------------------------------------------------------------------------------------------- xlsx

    private Path roster() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("名册");
        CellStyle isoDate = workbook.createCellStyle();
        isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle chineseDate = workbook.createCellStyle();
        chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle builtInChineseDate = workbook.createCellStyle();
        builtInChineseDate.setDataFormat((short) 31);
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("h:mm"));
        CellStyle twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

        sheet.createRow(0).createCell(0).setCellValue("示范县干部人才名册（2026年）");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        Row header = sheet.createRow(1);
        String[] headers = {"姓名", "手机号码", "入组日期", "年龄", "是否党员", "合计"};
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        Row first = sheet.createRow(2);
        first.createCell(0).setCellValue("\u3000张三\u3000");
        first.createCell(1).setCellValue(13812345678d);
        first.createCell(2).setCellValue(LocalDate.of(2023, 6, 1));
        first.getCell(2).setCellStyle(isoDate);
        first.createCell(3).setCellValue(45);
        first.createCell(4).setCellValue(true);
        first.createCell(5).setCellFormula("D3*2");
        // row 4 (index 3) is missing, row 5 holds only blanks
        Row blank = sheet.createRow(4);
        blank.createCell(0).setCellValue("\u3000 ");
        blank.createCell(3).setCellValue("");
        blank.createCell(5).setCellStyle(isoDate);
        Row second = sheet.createRow(5);
        second.createCell(0).setCellValue("李\u3000四");
        second.createCell(2).setCellValue(LocalDate.of(2023, 6, 1));
        second.getCell(2).setCellStyle(chineseDate);
        second.createCell(3).setCellValue(0.1 + 0.2);
        second.createCell(4).setCellValue(false);
        second.createCell(5).setCellFormula("CONCATENATE(A6,\"组\")");
        Row third = sheet.createRow(6);
        third.createCell(0).setCellValue("ＡＢＣ 王五");
        third.createCell(1).setCellValue(1.5e20);
        third.createCell(2).setCellValue(LocalDate.of(2024, 2, 29));
        third.getCell(2).setCellStyle(builtInChineseDate);
        third.createCell(3).setCellValue(12.5);
        third.getCell(3).setCellStyle(twoDecimals);
        third.createCell(4).setCellErrorValue(FormulaError.DIV0.getCode());
        third.createCell(5).setCellValue(0.5);
        third.getCell(5).setCellStyle(time);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return write("roster.xlsx", workbook);
    }

    @Test
    void readsAnXlsxAsTheUserSeesIt() throws Exception {
        Path file = roster();
        assertThat(WorkbookReader.detect(file)).isEqualTo(WorkbookReader.Format.XLSX);
        assertThat(WorkbookReader.sheetNames(file)).containsExactly("名册");

        List<Visited> rows = readAll(file, "名册");

        assertThat(rows).extracting(v -> v.row().number()).containsExactly(1, 2, 3, 6, 7);
        assertThat(cells(rows)).containsExactly(
                // the title merged across A1:F1: its value in every cell of the range (issue 20, MergedCells)
                java.util.Collections.nCopies(6, "示范县干部人才名册（2026年）"),
                List.of("姓名", "手机号码", "入组日期", "年龄", "是否党员", "合计"),
                List.of("张三", "13812345678", "2023-06-01", "45", "是", "90"),
                List.of("李 四", "", "2023-06-01", "0.3", "否", "李 四组"),
                List.of("ABC 王五", "150000000000000000000", "2024-02-29", "12.5", "", "12:00"));
        assertThat(rows.get(2).formulaColumns()).containsExactly(5);
        assertThat(rows.get(3).formulaColumns()).containsExactly(5);
        assertThat(rows.get(0).formulaColumns()).isEmpty();
        assertThat(rows.get(4).formulaColumns()).isEmpty();
        assertThat(Cells.mobile(rows.get(2).cell(1))).isEqualTo("13812345678");
        assertThat(openHandles(file)).isIn(0L, -1L);
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(openHandles(file)).as("the handle count sees an open stream").isIn(1L, -1L);
        }
    }

    @Test
    void aFormulaWithoutACachedValueReadsEmptyButIsReported() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Sheet1").createRow(0);
        row.createCell(0).setCellValue("x");
        row.createCell(2).setCellFormula("1+1");
        Path file = write("uncached.xlsx", workbook);

        List<Visited> rows = readAll(file, "Sheet1");

        assertThat(cells(rows)).containsExactly(List.of("x"));
        assertThat(rows.get(0).formulaColumns()).containsExactly(2);
        assertThat(rows.get(0).cell(2)).isEmpty();
    }

    @Test
    void readsTheSheetChosenByName() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("请从第三行起填写");
        workbook.createSheet("驻村干部").createRow(2).createCell(1).setCellValue("张三");
        workbook.createSheet("Sheet3");
        Path file = write("two-sheets.xlsx", workbook);

        assertThat(WorkbookReader.sheetNames(file)).containsExactly("说明", "驻村干部", "Sheet3");
        assertThat(cells(readAll(file, "说明"))).containsExactly(List.of("请从第三行起填写"));
        List<Visited> rows = readAll(file, "驻村干部");
        assertThat(rows).singleElement().satisfies(v -> {
            assertThat(v.row().number()).isEqualTo(3);
            assertThat(v.row().cells()).containsExactly("", "张三");
        });
        assertThat(readAll(file, "Sheet3")).isEmpty();
    }

    @Test
    void aMissingSheetIsNamedInTheReason() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("名册");
        Path file = write("one-sheet.xlsx", workbook);

        assertThatThrownBy(() -> WorkbookReader.read(file, "干部", (row, formulas) -> { }))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.sheetMissing");
                    assertThat(e.args()).containsExactly("干部");
                });
        assertThat(openHandles(file)).isIn(0L, -1L);
    }

    @Test
    void anExceptionOfTheVisitorIsThrownAsItIs() throws Exception {
        Path file = roster();
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> WorkbookReader.read(file, "名册", (row, formulas) -> {
            throw stop;
        })).isSameAs(stop);
        assertThat(openHandles(file)).isIn(0L, -1L);
    }

    @Test
    void readsAWorkbookSavedByLibreOffice() throws Exception {
        Path file = dir.resolve("libreoffice-roster.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/imports/libreoffice-roster.xlsx")) {
            Files.copy(in, file);
        }

        List<Visited> rows = readAll(file, WorkbookReader.sheetNames(file).get(0));

        assertThat(cells(rows)).hasSize(7);
        assertThat(rows.get(0).cell(0)).isEqualTo("示范县干部人才名册（2026年）");
        assertThat(rows.get(1).row().cells()).containsExactly("姓名", "性别", "派出单位", "职务", "手机号码", "入组日期");
        assertThat(rows.subList(2, 7)).extracting(v -> v.cell(0)).containsExactly("张三", "李 四", "王五", "赵六", "钱七");
        assertThat(rows.get(2).row().cells())
                .containsExactly("张三", "男", "县委组织部", "第一书记", "13812345678", "2023-06-01");
        assertThat(rows.get(5).cell(2)).isEqualTo("县教育局,县一中");
        assertThat(rows.subList(2, 7)).extracting(v -> Cells.mobile(v.cell(4)))
                .containsExactly("13812345678", "13900001111", "13712345678", "15912345678", "18612345678");
        assertThat(rows.subList(2, 7)).extracting(v -> Cells.date(v.cell(5))).containsExactly(
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 15),
                LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 15));
        assertThat(rows).allSatisfy(v -> assertThat(v.formulaColumns()).isEmpty());
    }

    @Test
    void streamsAHundredThousandRows() throws Exception {
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("名册");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("序号");
            header.createCell(1).setCellValue("姓名");
            header.createCell(2).setCellValue("手机号码");
            header.createCell(3).setCellValue("派出单位");
            for (int i = 1; i <= 100_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("干部" + i);
                row.createCell(2).setCellValue(13_800_000_000d + i);
                row.createCell(3).setCellValue("示范县第" + (i % 50) + "驻村工作队");
            }
            workbook.write(out);
        }
        long[] count = {0};
        List<SheetRow> samples = new ArrayList<>();

        WorkbookReader.read(file, "名册", (row, formulas) -> {
            count[0]++;
            if (row.number() == 2 || row.number() == 77_778) {
                samples.add(row);
            }
        });

        assertThat(count[0]).isEqualTo(100_001);
        assertThat(samples).extracting(SheetRow::cells).containsExactly(
                List.of("1", "干部1", "13800000001", "示范县第1驻村工作队"),
                List.of("77777", "干部77777", "13800077777", "示范县第27驻村工作队"));
    }

    // ------------------------------------------------------------------------------------------------------ csv

    private static final String ROSTER_CSV = "姓名,性别,派出单位,手机号码\r\n"
            + "\u3000张三\u3000,男,\"县委组织部,组织科\",13812345678\r\n"
            + "\r\n"
            + "李四,女,\"县农业\n农村局\",\"说\"\"好\"\"的\"\r\n"
            + " , ,\r\n"
            + "王五,男,县人民医院,139 0000 1111";

    private static final List<List<String>> ROSTER_ROWS = List.of(
            List.of("姓名", "性别", "派出单位", "手机号码"),
            List.of("张三", "男", "县委组织部,组织科", "13812345678"),
            List.of("李四", "女", "县农业\n农村局", "说\"好\"的"),
            List.of("王五", "男", "县人民医院", "139 0000 1111"));

    private void assertRoster(Path file) throws ImportFileException {
        assertThat(WorkbookReader.detect(file)).isEqualTo(WorkbookReader.Format.CSV);
        assertThat(WorkbookReader.sheetNames(file, "干部名册")).containsExactly("干部名册");
        List<Visited> rows = readAll(file, "ignored");
        assertThat(cells(rows)).isEqualTo(ROSTER_ROWS);
        assertThat(rows).extracting(v -> v.row().number()).containsExactly(1, 2, 4, 6);
        assertThat(rows).allSatisfy(v -> assertThat(v.formulaColumns()).isEmpty());
        assertThat(openHandles(file)).isIn(0L, -1L);
    }

    @Test
    void readsCsvInUtf8() throws Exception {
        assertRoster(write("roster.csv", ROSTER_CSV.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCsvInUtf8WithAByteOrderMark() throws Exception {
        assertRoster(write("roster.csv", ("\uFEFF" + ROSTER_CSV).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCsvInGbk() throws Exception {
        Path file = write("roster.csv", ROSTER_CSV.getBytes(Charset.forName("GBK")));
        assertThat(CsvReader.charset(file)).isEqualTo(CsvReader.GB18030);
        assertRoster(file);
    }

    @Test
    void readsCsvWithUnixLineEndsAndTheSheetNamedAfterTheFile() throws Exception {
        Path file = write("驻村干部.csv", ROSTER_CSV.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(WorkbookReader.sheetNames(file)).containsExactly("驻村干部");
        assertRoster(file);
    }

    @Test
    void gbkTextBeyondTheSampleStillDecidesTheCharset() throws Exception {
        StringBuilder csv = new StringBuilder("name,unit\n");
        while (csv.length() < 3 * WorkbookReader.SAMPLE_SIZE) {
            csv.append("a,b\n");
        }
        csv.append("张三,县委组织部\n");
        Path file = write("late.csv", csv.toString().getBytes(Charset.forName("GBK")));

        List<Visited> rows = readAll(file, "x");

        assertThat(rows.get(rows.size() - 1).row().cells()).containsExactly("张三", "县委组织部");
    }

    // ------------------------------------------------------------------------------------------------ bad files

    @Test
    void anEmptyFileIsEmpty() throws Exception {
        assertRejected(write("empty.xlsx", new byte[0]), "import.file.empty");
        assertRejected(write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', ',', ','}),
                "import.file.empty");
    }

    @Test
    void aPictureIsNoSpreadsheet() throws Exception {
        byte[] png = new byte[2048];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        assertRejected(write("photo.xlsx", png), "import.file.notSpreadsheet");
        assertRejected(write("scan.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)),
                "import.file.notSpreadsheet");
    }

    @Test
    void randomBytesAreNoSpreadsheet() throws Exception {
        byte[] bytes = new byte[20_000];
        new Random(42).nextBytes(bytes);
        assertRejected(write("random.csv", bytes), "import.file.notSpreadsheet");
    }

    @Test
    void aWordDocumentIsNoSpreadsheet() throws Exception {
        Path bare = dir.resolve("bare.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bare))) {
            entry(zip, "word/document.xml", "<w:document xmlns:w=\"w\"/>");
        }
        assertRejected(bare, "import.file.notSpreadsheet");

        Path docx = dir.resolve("report.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body/></w:document>");
        }
        assertRejected(docx, "import.file.notSpreadsheet");
    }

    @Test
    void aTruncatedXlsxIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(roster());
        byte[] half = new byte[whole.length / 2];
        System.arraycopy(whole, 0, half, 0, half.length);
        assertRejected(write("half.xlsx", half), "import.file.corrupt");
    }

    @Test
    void anXlsxWithBrokenXmlIsCorrupt() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            minimalWorkbook(zip);
            entry(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
                    + "<c r=\"A1\" t=\"inlineStr\"><is><t>张三</t></is></c></row><row");
        }
        assertThat(WorkbookReader.detect(file)).isEqualTo(WorkbookReader.Format.XLSX);
        assertThat(key(() -> WorkbookReader.read(file, "Sheet1", (row, formulas) -> { })))
                .isEqualTo("import.file.corrupt");
        assertThat(openHandles(file)).isIn(0L, -1L);
    }

    @Test
    void aPasswordProtectedXlsxIsEncrypted() throws Exception {
        Path plain = roster();
        Path file = dir.resolve("secret.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("pw");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRejected(file, "import.file.encrypted");
    }

    @Test
    void anOldXlsIsOldExcel() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("张三");
        assertRejected(write("old.xlsx", workbook), "import.file.oldExcel");
    }

    @Test
    void anHtmlTableSavedAsXlsIsOldExcel() throws Exception {
        assertRejected(write("export.xls", "<html><body><table><tr><td>张三</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8)), "import.file.oldExcel");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            zip.setLevel(Deflater.BEST_COMPRESSION);
            minimalWorkbook(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>0000000000</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            for (long written = 0; written < 50L << 20; written += block.length) {
                zip.write(block);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1L << 20);
        assertRejected(file, "import.file.zipBomb");
    }

    @Test
    void poisZipBombProtectionIsFoundInTheCauseChain() {
        IOException bomb = new IOException("Zip bomb detected! The file would exceed the max. ratio of compressed "
                + "file size to the size of the expanded data.");
        assertThat(XlsxWorkbook.unreadable(new SAXException(new RuntimeException(bomb))).messageKey())
                .isEqualTo("import.file.zipBomb");
        assertThat(XlsxWorkbook.unreadable(new IOException("Truncated ZIP file")).messageKey())
                .isEqualTo("import.file.corrupt");
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static void minimalWorkbook(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
        entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        entry(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""");
        entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>""");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aMinimalHandWrittenWorkbookReads() throws Exception {
        Path file = dir.resolve("minimal.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            minimalWorkbook(zip);
            entry(zip, "xl/worksheets/sheet1.xml", "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData>"
                    + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>第一行_x000D_</x:t></x:is></x:c>"
                    + "<x:c t=\"inlineStr\"><x:is><x:r><x:t>张</x:t></x:r><x:r><x:t>三</x:t></x:r>"
                    + "<x:rPh><x:t>zhang san</x:t></x:rPh></x:is></x:c></x:row>"
                    + "<x:row><x:c t=\"b\"><x:v>1</x:v></x:c><x:c><x:v>1.3812345678E10</x:v></x:c>"
                    + "<x:c t=\"str\"><x:f>\"a\"</x:f><x:v>a</x:v></x:c><x:c r=\"F2\" t=\"e\"><x:v>#N/A</x:v></x:c>"
                    + "<x:c><x:f t=\"shared\" si=\"0\"/><x:v>3</x:v></x:c></x:row>"
                    + "</x:sheetData></x:worksheet>");
        }

        List<Visited> rows = readAll(file, "Sheet1");

        assertThat(cells(rows)).containsExactly(List.of("第一行", "张三"), List.of("是", "13812345678", "a", "", "", "", "3"));
        assertThat(rows).extracting(v -> v.row().number()).containsExactly(1, 2);
        assertThat(rows.get(1).formulaColumns()).containsExactly(2, 6);
    }

    @Test
    void cellReferencesAndEscapesAreDecoded() {
        assertThat(XlsxSheetHandler.column("A1", 9)).isZero();
        assertThat(XlsxSheetHandler.column("B3", 9)).isEqualTo(1);
        assertThat(XlsxSheetHandler.column("Z9", 9)).isEqualTo(25);
        assertThat(XlsxSheetHandler.column("AA10", 9)).isEqualTo(26);
        assertThat(XlsxSheetHandler.column("XFD1048576", 9)).isEqualTo(16_383);
        assertThat(XlsxSheetHandler.column(null, 9)).isEqualTo(9);
        assertThat(XlsxSheetHandler.column("12", 9)).isEqualTo(9);
        assertThat(XlsxSheetHandler.unescape("a_x000D__x000A_b_x00_")).isEqualTo("a\r\nb_x00_");
        assertThat(XlsxSheetHandler.isEastAsianDateFormat(31)).isTrue();
        assertThat(XlsxSheetHandler.isEastAsianDateFormat(49)).isFalse();
    }
}
