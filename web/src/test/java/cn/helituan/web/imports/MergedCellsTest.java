package cn.helituan.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merged cells (issue 20): a ledger merges a group's name down its rows and a heading across columns; the value of a
 * range's top-left cell applies to every cell of it, though the ranges stand after the rows in the sheet's XML.
 */
class MergedCellsTest {

    @TempDir
    Path temp;

    @Test
    void theTopLeftValueFillsEveryCellOfItsRange() throws Exception {
        Path file = temp.resolve("merged.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("台账");
            String[][] cells = {
                {"日期", "小组", "名称"},
                {"2023-06-01", "茶产业小组", "培训一"},
                {"2023-06-02", "", "培训二"},
                {"2023-06-03", "", "培训三"},
                {"2023-06-04", "电商小组", "直播"},
                {"备注：以上", "", ""},
            };
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (!cells[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 2));
            book.write(out);
        }
        List<String> rows = new ArrayList<>();
        WorkbookReader.read(file, "台账", (row, formulas) -> rows.add(row.number() + ":" + String.join("|", row.cells())));
        assertThat(rows).containsExactly("1:日期|小组|名称", "2:2023-06-01|茶产业小组|培训一", "3:2023-06-02|茶产业小组|培训二",
                "4:2023-06-03|茶产业小组|培训三", "5:2023-06-04|电商小组|直播", "6:备注：以上|备注：以上|备注：以上");
    }

    @Test
    void rangesAreFoundWithAPrefixAndAcrossTheScansChunks() throws Exception {
        for (int shift = 0; shift < 40; shift++) {
            StringBuilder xml = new StringBuilder("<x:worksheet xmlns:x=\"s\"><x:sheetData>");
            xml.append(" ".repeat((1 << 16) - 40 + shift));
            xml.append("</x:sheetData><x:mergeCells count=\"2\"><x:mergeCell ref=\"B2:B4\"/>")
                    .append("<mergeCell\nref='A7:C7'/></x:mergeCells></x:worksheet>");
            MergedCells merged = MergedCells.scan(new ByteArrayInputStream(
                    xml.toString().getBytes(StandardCharsets.UTF_8)));
            List<String> row3 = new ArrayList<>(List.of("a"));
            List<String> row2 = new ArrayList<>(List.of("a", "top"));
            merged.fill(2, row2);
            merged.fill(3, row3);
            assertThat(row3).as("shift %d", shift).containsExactly("a", "top");
            List<String> row7 = new ArrayList<>(List.of("x"));
            merged.fill(7, row7);
            assertThat(row7).as("shift %d", shift).containsExactly("x", "x", "x");
        }
    }

    @Test
    void moreThanAHundredThousandMergesAreRefused() throws Exception {
        StringBuilder xml = new StringBuilder("<worksheet><sheetData/><mergeCells>");
        for (int i = 1; i <= MergedCells.MAX_RANGES + 1; i++) {
            xml.append("<mergeCell ref=\"A").append(2 * i).append(":B").append(2 * i).append("\"/>");
        }
        xml.append("</mergeCells></worksheet>");
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MergedCells.scan(new ByteArrayInputStream(bytes)))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.tooManyMerges"));
        String exactly = xml.toString().replaceFirst("<mergeCell ref=\"A2:B2\"/>", "");
        assertThat(MergedCells.scan(new ByteArrayInputStream(exactly.getBytes(StandardCharsets.UTF_8))).isEmpty())
                .as("exactly the limit is read").isFalse();
    }

    @Test
    void aSheetWithoutMergesHasNone() throws Exception {
        MergedCells merged = MergedCells.scan(new ByteArrayInputStream(
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells count=\"0\"/></worksheet>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(merged.isEmpty()).isTrue();
    }
}
