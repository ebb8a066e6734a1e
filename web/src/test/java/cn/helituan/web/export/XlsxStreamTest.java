package cn.helituan.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.web.common.XlsxExport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The background export's workbook (XlsxStream) holds the cells the export sent at once (XlsxExport, POI's SXSSF)
 * holds for the same rows: the sheet's name, bold headers in a frozen first row, the column widths, numbers as number
 * cells (whole, money to the fen), dates as ISO text, text with line breaks, markup and blanks as typed, and no cell
 * where there is no value.
 */
class XlsxStreamTest {

    private static final List<String> HEADERS = List.of("活动日期", "活动名称", "筹集资金（元）", "受益人数", "活动简介",
            "编号");
    private static final List<Object[]> ROWS = List.of(
            new Object[] {LocalDate.of(2026, 3, 9), "茶园<管护>培训 & 直播", new BigDecimal("12500.50"), 30,
                    "第一行\n第二行\t缩进", 1_000_019L},
            new Object[] {LocalDate.of(2025, 12, 31), "  前后有空格  ", null, 0, null, 7L},
            new Object[] {null, "", new BigDecimal("0.01"), null, "控制\u0001字符", 8L});

    @Test
    void theStreamedWorkbookHasTheCellsOfTheExportSentAtOnce() throws Exception {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (XlsxStream out = new XlsxStream(streamed, "帮扶活动", HEADERS)) {
            ROWS.forEach(out::row);
        }
        ByteArrayOutputStream sxssf = new ByteArrayOutputStream();
        try (XlsxExport export = new XlsxExport("帮扶活动", HEADERS)) {
            ROWS.forEach(export::row);
            export.write(sxssf);
        }
        try (XSSFWorkbook a = new XSSFWorkbook(new ByteArrayInputStream(streamed.toByteArray()));
             XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(sxssf.toByteArray()))) {
            assertThat(a.getSheetName(0)).isEqualTo("帮扶活动");
            Sheet sheet = a.getSheetAt(0);
            assertThat(cells(sheet)).isEqualTo(cells(b.getSheetAt(0)));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (int i = 0; i < HEADERS.size(); i++) {
                assertThat(a.getFontAt(sheet.getRow(0).getCell(i).getCellStyle().getFontIndex()).getBold())
                        .as("header " + i + " bold").isTrue();
                assertThat(sheet.getColumnWidth(i)).as("column " + i).isEqualTo(b.getSheetAt(0).getColumnWidth(i));
            }
            assertThat(a.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12500.5);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1_000_019d);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("第一行\n第二行\t缩进");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("  前后有空格  ");
            assertThat(sheet.getRow(2).getCell(4)).as("no value, no cell").isNull();
        }
    }

    @Test
    void columnsAreNamedByLetters() {
        assertThat(List.of(XlsxStream.column(0), XlsxStream.column(23), XlsxStream.column(25), XlsxStream.column(26),
                XlsxStream.column(701), XlsxStream.column(702))).containsExactly("A", "X", "Z", "AA", "ZZ", "AAA");
    }

    /** Each cell as its type and value, row by row. */
    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "none" : cell.getCellType() == CellType.NUMERIC
                        ? "n:" + cell.getNumericCellValue() : cell.getCellType() + ":" + cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }
}
