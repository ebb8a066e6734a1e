package cn.helituan.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.web.imports.ErrorWorkbook.CellError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorWorkbookTest {

    private static final List<String> HEADERS = List.of("工作表", "行", "列", "原因");
    private static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

    @TempDir
    Path dir;

    /** Two sheets; 队员!B2 is bold, 队员!C2 a formatted date, 队员 row 3 has no cell in D. */
    private Path original() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet members = workbook.createSheet("队员");
            XSSFSheet villages = workbook.createSheet("村");
            XSSFCellStyle bold = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row(members, 0, "姓名", "身份证号", "派驻日期", "备注");
            row(members, 1, "张三", "110101199001011234", null, "");
            members.getRow(1).getCell(1).setCellStyle(bold);
            members.getRow(1).createCell(2).setCellValue(LocalDate.of(2024, 3, 1));
            members.getRow(1).getCell(2).setCellStyle(date);
            row(members, 2, "李四", "bad", null);
            members.getRow(2).createCell(2).setCellValue(LocalDate.of(2023, 1, 5));
            members.getRow(2).getCell(2).setCellStyle(date);
            row(villages, 0, "村名", "类型");
            row(villages, 1, "张家村", "脱贫村");
            row(villages, 2, "李家村", "其他");
            villages.getRow(2).createCell(2).setCellValue(42);
            Path file = dir.resolve("upload.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static void row(XSSFSheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFCell cell(XSSFWorkbook workbook, String sheet, String address) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        Row row = workbook.getSheet(sheet).getRow(ref.getRow());
        return row == null ? null : (XSSFCell) row.getCell(ref.getCol());
    }

    private static boolean isMarked(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        XSSFColor color = style.getFillForegroundXSSFColor();
        return style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && color != null
                && java.util.Arrays.equals(color.getRGB(), RED);
    }

    private static String comment(XSSFCell cell) {
        return cell.getCellComment() == null ? null : cell.getCellComment().getString().getString();
    }

    private static List<List<String>> texts(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                values.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    private static final List<CellError> ERRORS = List.of(
            new CellError("队员", 2, 1, "身份证号重复"),
            new CellError("队员", 3, 1, "身份证号格式不对"),
            new CellError("队员", 3, 1, "身份证号与性别不符"),
            new CellError("队员", 3, 3, "备注过长"),
            CellError.row("村", 3, "该村已存在"),
            new CellError(null, 0, -1, "缺少“职务”列"));

    private byte[] markXlsx(Path file, List<CellError> errors) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ErrorWorkbook.markXlsx(file, errors, HEADERS, out);
        return out.toByteArray();
    }

    @Test
    void marksTheBadCellsOfTheUsersOwnWorkbook() throws IOException {
        Path file = original();
        byte[] before = Files.readAllBytes(file);
        try (XSSFWorkbook workbook = read(markXlsx(file, ERRORS))) {
            assertThat(Files.readAllBytes(file)).as("the upload is not changed").isEqualTo(before);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("错误清单");
            assertThat(workbook.getSheetName(1)).isEqualTo("队员");
            assertThat(workbook.getSheetName(2)).isEqualTo("村");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            assertThat(workbook.getSheetAt(0).isSelected()).isTrue();
            assertThat(workbook.getSheetAt(1).isSelected()).isFalse();
            assertThat(workbook.getSheetAt(2).isSelected()).isFalse();

            // values kept everywhere
            assertThat(texts(workbook.getSheet("队员"))).containsExactly(
                    List.of("姓名", "身份证号", "派驻日期", "备注"),
                    List.of("张三", "110101199001011234", "2024-03-01", ""),
                    List.of("李四", "bad", "2023-01-05", ""));
            assertThat(texts(workbook.getSheet("村"))).containsExactly(
                    List.of("村名", "类型"), List.of("张家村", "脱贫村"), List.of("李家村", "其他", "42"));

            // a styled cell: red fill, its own bold font kept, one comment
            XSSFCell b2 = cell(workbook, "队员", "B2");
            assertThat(isMarked(b2)).isTrue();
            assertThat(b2.getCellStyle().getFont().getBold()).isTrue();
            assertThat(comment(b2)).isEqualTo("身份证号重复");
            assertThat(b2.getCellComment().getAuthor()).isEqualTo("合力团");

            // several errors on one cell: one comment, one message a line
            XSSFCell b3 = cell(workbook, "队员", "B3");
            assertThat(isMarked(b3)).isTrue();
            assertThat(b3.getCellStyle().getFont().getBold()).isFalse();
            assertThat(comment(b3)).isEqualTo("身份证号格式不对\n身份证号与性别不符");

            // a cell that did not exist is created blank
            XSSFCell d3 = cell(workbook, "队员", "D3");
            assertThat(d3.getStringCellValue()).isEmpty();
            assertThat(isMarked(d3)).isTrue();
            assertThat(comment(d3)).isEqualTo("备注过长");

            // a row error marks the row's first cell
            XSSFCell a3 = cell(workbook, "村", "A3");
            assertThat(isMarked(a3)).isTrue();
            assertThat(a3.getStringCellValue()).isEqualTo("李家村");
            assertThat(comment(a3)).isEqualTo("该村已存在");
            assertThat(isMarked(cell(workbook, "村", "B3"))).isFalse();

            // untouched cells unchanged: no fill, no comment, format kept
            for (String address : List.of("A1", "A2", "C2", "C3", "D2")) {
                XSSFCell untouched = cell(workbook, "队员", address);
                assertThat(untouched.getCellStyle().getFillPattern()).as(address).isEqualTo(FillPatternType.NO_FILL);
                assertThat(untouched.getCellComment()).as(address).isNull();
            }
            assertThat(cell(workbook, "队员", "C2").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(cell(workbook, "队员", "B2").getCellStyle().getIndex())
                    .isNotEqualTo(cell(workbook, "队员", "B3").getCellStyle().getIndex());
            // cloned styles are shared: B3, D3 and A3 all had the default style
            assertThat(cell(workbook, "队员", "B3").getCellStyle().getIndex())
                    .isEqualTo(cell(workbook, "队员", "D3").getCellStyle().getIndex())
                    .isEqualTo(cell(workbook, "村", "A3").getCellStyle().getIndex());

            // the list
            XSSFSheet list = workbook.getSheet("错误清单");
            assertThat(texts(list)).containsExactly(
                    List.of("工作表", "行", "列", "原因"),
                    List.of("队员", "2", "B", "身份证号重复"),
                    List.of("队员", "3", "B", "身份证号格式不对"),
                    List.of("队员", "3", "B", "身份证号与性别不符"),
                    List.of("队员", "3", "D", "备注过长"),
                    List.of("村", "3", "", "该村已存在"),
                    List.of("", "", "", "缺少“职务”列"));
            assertThat(list.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getRow(1).getCell(1).getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(list.getRow(1).getCell(1).getHyperlink().getAddress()).isEqualTo("'队员'!B2");
            assertThat(list.getRow(5).getCell(1).getHyperlink().getAddress()).isEqualTo("'村'!A3");
        }
    }

    @Test
    void aReUploadedErrorWorkbookLosesItsOldMarks() throws IOException {
        Path file = original();
        // the user's own comment on 村!B2
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet villages = workbook.getSheet("村");
            var anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(2);
            anchor.setCol2(4);
            anchor.setRow1(1);
            anchor.setRow2(4);
            var own = villages.createDrawingPatriarch().createCellComment(anchor);
            own.setString(workbook.getCreationHelper().createRichTextString("已核实"));
            own.setAuthor("王五");
            villages.getRow(1).getCell(1).setCellComment(own);
            // a template's header hint, also by 合力团 but not red
            var hintAnchor = workbook.getCreationHelper().createClientAnchor();
            hintAnchor.setCol1(1);
            hintAnchor.setCol2(3);
            hintAnchor.setRow1(0);
            hintAnchor.setRow2(3);
            var hint = workbook.getSheet("队员").createDrawingPatriarch().createCellComment(hintAnchor);
            hint.setString(workbook.getCreationHelper().createRichTextString("与身份证一致"));
            hint.setAuthor("合力团");
            workbook.getSheet("队员").getRow(0).getCell(0).setCellComment(hint);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        Path first = dir.resolve("first.xlsx");
        Files.write(first, markXlsx(file, List.of(new CellError("队员", 2, 1, "身份证号重复"),
                new CellError("村", 2, 1, "类型不对"))));
        try (XSSFWorkbook workbook = read(Files.readAllBytes(first))) {
            assertThat(comment(cell(workbook, "村", "B2"))).isEqualTo("类型不对\n————\n已核实");
        }

        try (XSSFWorkbook workbook = read(markXlsx(first, List.of(new CellError("队员", 3, 0, "姓名重复"))))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("错误清单");
            assertThat(texts(workbook.getSheet("错误清单"))).hasSize(2);
            XSSFCell b2 = cell(workbook, "队员", "B2");
            assertThat(isMarked(b2)).isFalse();
            assertThat(b2.getCellStyle().getFont().getBold()).isTrue();
            assertThat(b2.getCellComment()).isNull();
            assertThat(comment(cell(workbook, "村", "B2"))).isEqualTo("已核实");
            assertThat(isMarked(cell(workbook, "村", "B2"))).isFalse();
            assertThat(isMarked(cell(workbook, "队员", "A3"))).isTrue();
            assertThat(comment(cell(workbook, "队员", "A3"))).isEqualTo("姓名重复");
            assertThat(comment(cell(workbook, "队员", "A1"))).isEqualTo("与身份证一致");
        }
    }

    @Test
    void tooManyRowsStops() throws IOException {
        Path file = original();
        assertThatThrownBy(() -> ErrorWorkbook.markXlsx(file, ERRORS, HEADERS, new ByteArrayOutputStream(), 5))
                .isInstanceOf(ErrorWorkbook.TooManyRowsException.class)
                .satisfies(e -> assertThat(((ErrorWorkbook.TooManyRowsException) e).rows()).isEqualTo(6));
        List<List<String>> rows = List.of(List.of("a"), List.of("b"), List.of("c"));
        assertThatThrownBy(() -> ErrorWorkbook.markCsv(rows, "x", List.of(), HEADERS, new ByteArrayOutputStream(), 2))
                .isInstanceOf(ErrorWorkbook.TooManyRowsException.class);
    }

    @Test
    void csvRowsBecomeAWorkbookWithTheSameValuesAndMarks() throws IOException {
        List<List<String>> rows = List.of(
                List.of("姓名", "身份证号", "职务"),
                List.of("张三", "010101199001011234", "第一书记"),
                List.of(),
                List.of("李四", "", "队长"));
        List<CellError> errors = List.of(
                new CellError("ignored", 2, 1, "身份证号格式不对"),
                new CellError(null, 4, 2, "职务不在列表中"),
                CellError.row(null, 3, "空行"),
                new CellError(null, 4, 1, "身份证号必填"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ErrorWorkbook.markCsv(rows, "队员名单", errors, HEADERS, out);
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("错误清单");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            XSSFSheet sheet = workbook.getSheet("队员名单");
            assertThat(cell(workbook, "队员名单", "A1").getStringCellValue()).isEqualTo("姓名");
            assertThat(cell(workbook, "队员名单", "B2").getStringCellValue()).as("text, leading zero kept")
                    .isEqualTo("010101199001011234");
            assertThat(cell(workbook, "队员名单", "C4").getStringCellValue()).isEqualTo("队长");
            assertThat(texts(sheet)).containsExactly(
                    List.of("姓名", "身份证号", "职务"),
                    List.of("张三", "010101199001011234", "第一书记"),
                    List.of(""),
                    List.of("李四", "", "队长"));

            assertThat(isMarked(cell(workbook, "队员名单", "B2"))).isTrue();
            assertThat(comment(cell(workbook, "队员名单", "B2"))).isEqualTo("身份证号格式不对");
            assertThat(isMarked(cell(workbook, "队员名单", "A3"))).isTrue();
            assertThat(comment(cell(workbook, "队员名单", "A3"))).isEqualTo("空行");
            assertThat(isMarked(cell(workbook, "队员名单", "B4"))).isTrue();
            assertThat(comment(cell(workbook, "队员名单", "C4"))).isEqualTo("职务不在列表中");
            assertThat(isMarked(cell(workbook, "队员名单", "A1"))).isFalse();
            assertThat(isMarked(cell(workbook, "队员名单", "A4"))).isFalse();

            assertThat(texts(workbook.getSheet("错误清单"))).containsExactly(
                    List.of("工作表", "行", "列", "原因"),
                    List.of("队员名单", "2", "B", "身份证号格式不对"),
                    List.of("队员名单", "4", "C", "职务不在列表中"),
                    List.of("队员名单", "3", "", "空行"),
                    List.of("队员名单", "4", "B", "身份证号必填"));
        }
    }

    @Test
    void anUnsafeCsvSheetNameIsMadeSafe() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ErrorWorkbook.markCsv(List.of(List.of("a")), "2024/队员:名单", List.of(new CellError(null, 1, 0, "x")),
                HEADERS, out);
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            assertThat(workbook.getSheetName(1)).isEqualTo("2024 队员 名单");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024 队员 名单");
        }
    }
}
