package cn.helituan.web.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list page's rows to an .xlsx download as they come: SXSSF keeps {@value #WINDOW} rows in memory and the
 * rest in a temporary file, so 100,000 rows fit a 512 MB heap. The first row holds the (translated) headers, frozen;
 * numbers are number cells, dates ISO text, everything else text (callers translate enums and yes/no).
 */
public final class XlsxExport implements AutoCloseable {

    /** Rows kept in memory; older ones are flushed to the temporary file. */
    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private SXSSFSheet sheet;
    private int next;

    public XlsxExport(String sheetName, List<String> headers) {
        sheet(sheetName, headers);
    }

    /** Starts another sheet, with its own headers; the rows that follow go to it. */
    public void sheet(String sheetName, List<String> headers) {
        sheet = workbook.createSheet(sheetName);
        next = 0;
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 3 + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date.toString());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Sends the workbook as an attachment named {@code fileName} (UTF-8, for Chinese names). */
    public void send(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"export.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = response.getOutputStream()) {
            workbook.write(out);
        }
    }

    /** Writes the workbook to {@code out} (a background export's file). */
    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the temporary file is gone with dispose(); nothing else to release
        }
    }
}
