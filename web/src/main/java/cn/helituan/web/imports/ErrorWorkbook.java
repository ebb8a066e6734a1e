package cn.helituan.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Gives the user their own file back with the bad cells marked, knowing nothing of the domain.
 *
 * <p>The result is the original workbook (every sheet, cell, value and format kept; a CSV becomes one sheet of text
 * cells) where each cell named by a {@link CellError} gets a red fill (its style cloned, one clone per original style)
 * and a comment by {@value #AUTHOR} with the messages, one per line; a cell that does not exist is created blank. A row
 * error ({@code column == -1}) marks the row's cell in column A. A new first, active sheet {@value #LIST_SHEET} lists
 * every error in the given order: sheet, row, column letters (blank for a row error), message, under the caller's
 * (translated) headers; the row number links to the cell.
 *
 * <p>A file that is itself an error workbook of ours (the user fixed some cells and uploads it again) is cleaned
 * first: its old {@value #LIST_SHEET} sheet is dropped, and on every cell that still has our red fill and a comment by
 * {@value #AUTHOR} both are removed (a user's own comment we had to merge with ours is restored; the header hints of a
 * template, also by {@value #AUTHOR} but not red, stay). Errors whose sheet does not exist, or whose row is below 1, are
 * listed only.
 */
public final class ErrorWorkbook {

    /** Name of the sheet listing the errors, put first. */
    public static final String LIST_SHEET = "错误清单";
    /** Most rows (all sheets together) a file may have to be marked. */
    public static final int MAX_ROWS = 200_000;
    /** Author of the comments; also how our comments are recognised in a re-uploaded error workbook. */
    public static final String AUTHOR = "合力团";
    /** The fill of a bad cell: Excel's "light red fill" (FFC7CE). */
    static final byte[] MARK_RGB = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

    private static final int MAX_CELL_TEXT = 32_767;

    /**
     * One error.
     *
     * @param sheet   the sheet name as in the workbook (ignored by {@link #markCsv})
     * @param row     1-based, as Excel shows
     * @param column  0-based; {@link #WHOLE_ROW} (-1) for the whole row
     * @param message the text shown in the comment and in the list
     */
    public record CellError(String sheet, int row, int column, String message) {
        public static final int WHOLE_ROW = -1;

        public CellError {
            if (column < WHOLE_ROW) {
                throw new IllegalArgumentException("column < -1: " + column);
            }
            message = message == null ? "" : message;
        }

        /** An error on the whole row (marks its cell in column A). */
        public static CellError row(String sheet, int row, String message) {
            return new CellError(sheet, row, WHOLE_ROW, message);
        }
    }

    /** The file has more rows than {@link #MAX_ROWS}; nothing was written. */
    public static final class TooManyRowsException extends IllegalStateException {
        private final long rows;
        private final int limit;

        TooManyRowsException(long rows, int limit) {
            super("the file has " + rows + " rows, more than " + limit);
            this.rows = rows;
            this.limit = limit;
        }

        public long rows() {
            return rows;
        }

        public int limit() {
            return limit;
        }
    }

    private ErrorWorkbook() {
    }

    /**
     * Marks the errors in an uploaded .xlsx and writes the result to {@code out} (not closed); the file is not changed.
     *
     * @param listHeaders the 4 headers of {@value #LIST_SHEET}: sheet, row, column, reason (translated)
     * @throws TooManyRowsException if the workbook has more than {@value #MAX_ROWS} rows in all
     */
    public static void markXlsx(Path original, List<CellError> errors, List<String> listHeaders, OutputStream out)
            throws IOException {
        markXlsx(original, errors, listHeaders, out, MAX_ROWS);
    }

    static void markXlsx(Path original, List<CellError> errors, List<String> listHeaders, OutputStream out,
            int maxRows) throws IOException {
        checkHeaders(listHeaders);
        try (InputStream in = Files.newInputStream(original); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            int old = workbook.getSheetIndex(LIST_SHEET);
            if (old >= 0) {
                workbook.removeSheetAt(old);
            }
            long rows = 0;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                rows += workbook.getSheetAt(i).getPhysicalNumberOfRows();
            }
            if (rows > maxRows) {
                throw new TooManyRowsException(rows, maxRows);
            }
            CellMarker marker = new CellMarker(workbook);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                marker.clean(workbook.getSheetAt(i));
            }
            finish(workbook, marker, errors, listHeaders, error -> error.sheet() == null ? null
                    : workbook.getSheet(error.sheet()), out);
        }
    }

    /**
     * Turns the rows of an uploaded CSV into a one-sheet workbook (every value a text cell) with the errors marked.
     *
     * @param rows        every row of the CSV in file order; index 0 = file row 1
     * @param sheetName   name of the sheet (made safe for Excel if needed), e.g. the file name without extension;
     *                    the list shows it for every error, whatever their {@code sheet}
     * @param listHeaders the 4 headers of {@value #LIST_SHEET}: sheet, row, column, reason (translated)
     * @throws TooManyRowsException if there are more than {@value #MAX_ROWS} rows
     */
    public static void markCsv(List<List<String>> rows, String sheetName, List<CellError> errors,
            List<String> listHeaders, OutputStream out) throws IOException {
        markCsv(rows, sheetName, errors, listHeaders, out, MAX_ROWS);
    }

    static void markCsv(List<List<String>> rows, String sheetName, List<CellError> errors, List<String> listHeaders,
            OutputStream out, int maxRows) throws IOException {
        checkHeaders(listHeaders);
        if (rows.size() > maxRows) {
            throw new TooManyRowsException(rows.size(), maxRows);
        }
        String name = WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank() ? "Sheet1"
                : sheetName.strip());
        if (name.equalsIgnoreCase(LIST_SHEET)) {
            name = name + "1";
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(name);
            int[] widths = new int[0];
            for (int r = 0; r < rows.size(); r++) {
                List<String> values = rows.get(r);
                if (values == null || values.isEmpty()) {
                    continue;
                }
                XSSFRow row = sheet.createRow(r);
                if (values.size() > widths.length && r < 500) {
                    widths = Arrays.copyOf(widths, values.size());
                }
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    row.createCell(c).setCellValue(value.length() > MAX_CELL_TEXT
                            ? value.substring(0, MAX_CELL_TEXT) : value);
                    if (r < 500 && c < widths.length) {
                        widths[c] = Math.max(widths[c], ImportTemplate.displayWidth(value));
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.max(8, Math.min(50, widths[c] + 2)) * 256);
            }
            String listed = name;
            List<CellError> renamed = errors.stream()
                    .map(e -> new CellError(listed, e.row(), e.column(), e.message())).toList();
            finish(workbook, new CellMarker(workbook), renamed, listHeaders, error -> sheet, out);
        }
    }

    private static void checkHeaders(List<String> listHeaders) {
        if (listHeaders == null || listHeaders.size() != 4) {
            throw new IllegalArgumentException("4 list headers expected (sheet, row, column, reason): " + listHeaders);
        }
    }

    private static void finish(XSSFWorkbook workbook, CellMarker marker, List<CellError> errors, List<String> listHeaders,
            Function<CellError, XSSFSheet> sheetOf, OutputStream out) throws IOException {
        // messages per cell, per sheet, in the given order
        Map<XSSFSheet, Map<CellAddress, List<String>>> cells = new LinkedHashMap<>();
        for (CellError error : errors) {
            XSSFSheet sheet = sheetOf.apply(error);
            CellAddress address = address(error);
            if (sheet != null && address != null) {
                List<String> lines = cells.computeIfAbsent(sheet, s -> new LinkedHashMap<>())
                        .computeIfAbsent(address, a -> new ArrayList<>());
                if (!lines.contains(error.message())) {
                    lines.add(error.message());
                }
            }
        }
        cells.forEach((sheet, messages) -> messages.forEach((address, lines) ->
                marker.mark(sheet, address, String.join("\n", lines))));
        writeList(workbook, errors, listHeaders, sheetOf);
        workbook.write(out);
    }

    /** The cell to mark, or null when the error names none Excel could hold. */
    private static CellAddress address(CellError error) {
        int column = error.column() == CellError.WHOLE_ROW ? 0 : error.column();
        if (error.row() < 1 || error.row() > 1_048_576 || column > 16_383) {
            return null;
        }
        return new CellAddress(error.row() - 1, column);
    }

    private static void writeList(XSSFWorkbook workbook, List<CellError> errors, List<String> headers,
            Function<CellError, XSSFSheet> sheetOf) {
        XSSFSheet list = workbook.createSheet(LIST_SHEET);
        XSSFCreationHelper factory = workbook.getCreationHelper();
        XSSFCellStyle bold = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        XSSFCellStyle link = workbook.createCellStyle();
        XSSFFont linkFont = workbook.createFont();
        linkFont.setUnderline(XSSFFont.U_SINGLE);
        linkFont.setColor(new XSSFColor(new byte[] {0x05, 0x63, (byte) 0xC1}, null));
        link.setFont(linkFont);
        XSSFCellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);

        int[] widths = new int[4];
        XSSFRow header = list.createRow(0);
        for (int c = 0; c < 4; c++) {
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(bold);
            widths[c] = ImportTemplate.displayWidth(headers.get(c)) + 2;
        }
        list.createFreezePane(0, 1);
        int r = 1;
        for (CellError error : errors) {
            XSSFRow row = list.createRow(r++);
            String sheetName = error.sheet() == null ? "" : error.sheet();
            row.createCell(0).setCellValue(sheetName);
            widths[0] = Math.max(widths[0], ImportTemplate.displayWidth(sheetName));
            if (error.row() >= 1) {
                XSSFCell cell = row.createCell(1);
                cell.setCellValue(error.row());
                XSSFSheet target = sheetOf.apply(error);
                CellAddress address = address(error);
                if (target != null && address != null) {
                    XSSFHyperlink hyperlink = factory.createHyperlink(HyperlinkType.DOCUMENT);
                    hyperlink.setAddress("'" + target.getSheetName().replace("'", "''") + "'!" + address);
                    cell.setHyperlink(hyperlink);
                    cell.setCellStyle(link);
                }
            }
            if (error.column() >= 0) {
                String letters = CellReference.convertNumToColString(error.column());
                row.createCell(2).setCellValue(letters);
                widths[2] = Math.max(widths[2], letters.length());
            }
            XSSFCell message = row.createCell(3);
            message.setCellValue(error.message());
            message.setCellStyle(wrap);
            for (String line : error.message().split("\n")) {
                widths[3] = Math.max(widths[3], ImportTemplate.displayWidth(line));
            }
        }
        widths[1] = Math.max(widths[1], 8);
        for (int c = 0; c < 4; c++) {
            list.setColumnWidth(c, Math.max(6, Math.min(c == 3 ? 80 : 40, widths[c] + 2)) * 256);
        }
        workbook.setSheetOrder(LIST_SHEET, 0);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(false);
        }
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        list.setSelected(true);
    }
}
