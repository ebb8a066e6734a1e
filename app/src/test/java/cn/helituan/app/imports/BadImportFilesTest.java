package cn.helituan.app.imports;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.RealPortBrowser;
import cn.helituan.app.support.ZeroBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Files made to hurt (issue 20, "Bad input and faults"): each is refused on the upload form with its reason in
 * Chinese and in English, nothing is kept (no import record, no kept file), and the application keeps answering —
 * the next upload of a good file goes through. The bombs are real: a gigabyte of sheet XML and a gigabyte of shared
 * strings in about a megabyte each, refused from the sizes the zip declares before anything is inflated. The two
 * uploads past the size limits go through Tomcat on the real port, as a browser sends them: the multipart part is
 * then on disk (over {@code file-size-threshold}), and the limits trip where they trip in production.
 */
class BadImportFilesTest extends FullStackTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final long GIGABYTE = 1L << 30;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private List<Long> before;

    @BeforeEach
    void countBefore() {
        before = kept();
    }

    /** Nothing written by any refused file; and the application still takes a good one. */
    @AfterEach
    void nothingKeptAndStillHealthy() throws Exception {
        assertThat(kept()).as("import records and kept files after a refused upload").isEqualTo(before);
        byte[] good = goodWorkbook();
        MvcResult next = upload(good, "好.xlsx", null);
        assertThat(next.getResponse().getStatus()).as("a good file after the bad one").isEqualTo(302);
        assertThat(kept().get(0)).isEqualTo(before.get(0) + 1);
    }

    /** import_record and import_file rows. */
    private List<Long> kept() {
        return List.of(jdbc.queryForObject("select count(*) from import_record", Long.class),
                jdbc.queryForObject("select count(*) from import_file", Long.class));
    }

    private MvcResult upload(byte[] content, String fileName, String lang) throws Exception {
        var request = multipart("/imports").file(new MockMultipartFile("file", fileName, null, content))
                .param("kind", "").with(admin()).with(csrf());
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request).andReturn();
    }

    /** The upload comes back as the form (400) with the reason under the file field, in both languages. */
    private void assertRefused(byte[] content, String fileName, String chinese, String english) throws Exception {
        MvcResult zh = upload(content, fileName, "zh-CN");
        assertThat(zh.getResponse().getStatus()).as(fileName).isEqualTo(400);
        assertThat(fileError(zh.getResponse().getContentAsString())).as(fileName).contains(chinese);
        MvcResult en = upload(content, fileName, "en");
        assertThat(en.getResponse().getStatus()).as(fileName).isEqualTo(400);
        assertThat(fileError(en.getResponse().getContentAsString())).as(fileName).contains(english);
    }

    private static String fileError(String html) {
        var error = Jsoup.parse(html).getElementById("file-error");
        assertThat(error).as("the file field's message on the upload form").isNotNull();
        assertThat(Jsoup.parse(html).getElementById("upload-form")).isNotNull();
        return error.text();
    }

    // ------------------------------------------------------------------------------------------------ the files

    @Test
    void aGigabyteOfSheetXmlInAMegabyteIsAZipBomb() throws Exception {
        byte[] bomb = xlsx(repeated("<row><c t=\"inlineStr\"><is><t>0000000000</t></is></c></row>", GIGABYTE),
                null);
        assertThat(bomb.length).isLessThan(4 << 20);
        assertRefused(bomb, "炸弹.xlsx", "文件解压后体积异常巨大", "abnormally large");
    }

    @Test
    void aGigabyteOfSharedStringsIsAZipBombAndAMillionDistinctStringsAreTooMuchText() throws Exception {
        byte[] bomb = xlsx(row("0"), repeated("<si><t>重复的文字重复的文字</t></si>", GIGABYTE));
        assertThat(bomb.length).isLessThan(4 << 20);
        assertRefused(bomb, "共享字符串.xlsx", "文件解压后体积异常巨大", "abnormally large");

        byte[] distinct = xlsx(row("0"), out -> {
            for (int i = 0; i <= 1_000_000; i++) {
                out.write(("<si><t>" + i + "</t></si>").getBytes(StandardCharsets.UTF_8));
            }
        });
        assertRefused(distinct, "百万文字.xlsx", "不同的文字超过 1,000,000 段", "more than 1,000,000 distinct texts");
    }

    @Test
    void aPdfRenamedToXlsxIsNoSpreadsheet() throws Exception {
        byte[] pdf = ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(pdf, "名册.xlsx", "这不是 Excel 或 CSV 表格", "not an Excel or CSV file");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithHowToRemoveThePassword() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("mima");
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(goodWorkbook());
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        assertRefused(encrypted, "加密名册.xlsx", "文件设置了打开密码", "password-protected");
    }

    @Test
    void aWorkbookOfAHundredSheetsIsRefusedNamingTheCount() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= 100; i++) {
                workbook.createSheet("村" + i).createRow(0).createCell(0).setCellValue("活动名称");
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        assertRefused(file, "百村台账.xlsx", "工作簿有 100 个工作表，最多只能有 30 个", "has 100 sheets; at most 30");
    }

    @Test
    void anOldXlsAndAnEmptyFileAreRefused() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("人员名册").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            xls = out.toByteArray();
        }
        assertRefused(xls, "名册.xls", "旧版 Excel（.xls）", "old Excel (.xls)");
        assertRefused(new byte[0], "空.xlsx", "文件是空的", "The file is empty");
    }

    // ------------------------------------------------------------------------- through Tomcat, on the real port

    @Test
    void aSixtyMegabyteFileIsRefusedBySizeOnTheForm() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> zh = browser.upload(60L << 20, "");
        assertThat(zh.statusCode()).isEqualTo(400);
        assertThat(fileError(zh.body())).isEqualTo("文件超过 50 MB，请拆分后分批上传。");
        HttpResponse<String> en = browser.upload(60L << 20, "?lang=en");
        assertThat(fileError(en.body())).contains("larger than 50 MB");
    }

    @Test
    void anUploadPastTheMultipartLimitComesBackToTheFormWithAMessage() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> refused = browser.upload(210L << 20, "");
        assertThat(refused.statusCode()).as("not an error page").isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/imports");
        String page = browser.get("/imports").body();
        assertThat(Jsoup.parse(page).select(".alert-danger").text()).contains("文件太大，超过了上传限制");
        assertThat(Jsoup.parse(page).getElementById("upload-form")).isNotNull();
    }

    // ------------------------------------------------------------------------------------------------ makers

    private static byte[] goodWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("产业链");
            sheet.createRow(0).createCell(0).setCellValue("产业链名称");
            sheet.createRow(1).createCell(0).setCellValue(cn.helituan.app.support.Pages.unique("健康检查产业链"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** {@code unit} written again and again to {@code total} bytes. */
    private static Content repeated(String unit, long total) {
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[one.length * 4096];
        for (int i = 0; i < 4096; i++) {
            System.arraycopy(one, 0, block, i * one.length, one.length);
        }
        return out -> {
            for (long written = 0; written < total; written += block.length) {
                out.write(block);
            }
        };
    }

    /** One row whose cell is shared string 0. */
    private static Content row(String index) {
        return out -> out.write(("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + index + "</v></c></row>")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A one-sheet workbook written by hand: the sheet's rows, and shared strings when given. */
    private static byte[] xlsx(Content rows, Content strings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="人员名册" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            rows.write(zip);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<sst xmlns=\"" + MAIN + "\">").getBytes(StandardCharsets.UTF_8));
            if (strings != null) {
                strings.write(zip);
            } else {
                zip.write("<si><t>张三</t></si>".getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * A browser on the real port: signed in as the demo admin with cookies, uploading through the upload form's
     * fields a file of zeros streamed from nowhere (never held in memory).
     */
    private final class Browser extends RealPortBrowser {

        Browser() throws Exception {
            super(port);
        }

        /** The upload form sent with a file of {@code size} zero bytes named 大名册.xlsx. */
        HttpResponse<String> upload(long size, String query) throws Exception {
            String form = get("/imports").body();
            String boundary = "----helituan" + System.nanoTime();
            String head = part(boundary, "_csrf", field(form, "_csrf")) + part(boundary, "formKey",
                    field(form, "formKey")) + part(boundary, "kind", "") + "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n";
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            long length = start.length + size + end.length;
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                            new SequenceInputStream(new java.io.ByteArrayInputStream(start), new ZeroBytes(size)),
                            new java.io.ByteArrayInputStream(end))), length);
            return client.send(HttpRequest.newBuilder(URI.create(base + "/imports" + query))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String part(String boundary, String name, String value) {
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n";
        }
    }
}
