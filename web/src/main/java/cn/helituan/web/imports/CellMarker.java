package cn.helituan.web.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Marks the cells of an {@link ErrorWorkbook}: a red fill on a style cloned once per original style, and our comment
 * with the messages (a user's own comment kept under ours); and takes the marks of an earlier error workbook off.
 */
final class CellMarker {

    /** Between our messages and a user's own comment on the same cell. */
    private static final String SEPARATOR = "\n————\n";

    private final XSSFWorkbook workbook;
    private final XSSFCreationHelper factory;
    private final XSSFColor red;
    private final Map<Short, XSSFCellStyle> marked = new HashMap<>();
    private final Map<Short, XSSFCellStyle> unmarked = new HashMap<>();

    CellMarker(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.factory = workbook.getCreationHelper();
        this.red = new XSSFColor(ErrorWorkbook.MARK_RGB, null);
    }

    void mark(XSSFSheet sheet, CellAddress address, String messages) {
        XSSFRow row = sheet.getRow(address.getRow());
        if (row == null) {
            row = sheet.createRow(address.getRow());
        }
        XSSFCell cell = row.getCell(address.getColumn());
        if (cell == null) {
            cell = row.createCell(address.getColumn());
        }
        XSSFCellStyle style = cell.getCellStyle();
        cell.setCellStyle(marked.computeIfAbsent(style.getIndex(), i -> {
            XSSFCellStyle clone = workbook.createCellStyle();
            clone.cloneStyleFrom(style);
            clone.setFillForegroundColor(red);
            clone.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return clone;
        }));

        String text = messages;
        XSSFComment existing = cell.getCellComment();
        if (existing != null) {
            String theirs = existing.getString() == null ? "" : existing.getString().getString();
            if (!theirs.isBlank()) {
                text = messages + SEPARATOR + theirs;
            }
            cell.removeCellComment();
        }
        comment(sheet, cell, text);
    }

    private void comment(XSSFSheet sheet, XSSFCell cell, String text) {
        long lines = text.lines().count();
        int height = (int) Math.max(4, Math.min(16, lines + 1));
        cell.setCellComment(newComment(sheet, cell.getRowIndex(), cell.getColumnIndex(), height, text, ErrorWorkbook.AUTHOR));
    }

    /**
     * A comment for the (comment-free) cell at row, column, its box about 3 columns wide and {@code height} rows
     * high to the right of the cell. POI files a new comment under the anchor's top left cell and refuses it when
     * that cell has a comment already; the box then starts on the cell itself.
     */
    private XSSFComment newComment(XSSFSheet sheet, int row, int column, int height, String text, String author) {
        ClientAnchor anchor = factory.createClientAnchor();
        int left = Math.min(column + 1, 16_380);
        if (sheet.getCellComment(new CellAddress(row, left)) != null) {
            left = column;
        }
        anchor.setCol1(left);
        anchor.setCol2(Math.min(left + 3, 16_383));
        anchor.setRow1(row);
        anchor.setRow2(Math.min(row + height, 1_048_575));
        XSSFComment comment = sheet.createDrawingPatriarch().createCellComment(anchor); // reuses the drawing
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor(author);
        comment.setAddress(row, column);
        return comment;
    }

    /** Removes the marks of an earlier error workbook of ours from the sheet. */
    void clean(XSSFSheet sheet) {
        Map<CellAddress, XSSFComment> comments = new LinkedHashMap<>(sheet.getCellComments());
        for (Map.Entry<CellAddress, XSSFComment> entry : comments.entrySet()) {
            XSSFComment comment = entry.getValue();
            CellAddress address = entry.getKey();
            XSSFRow row = sheet.getRow(address.getRow());
            XSSFCell cell = row == null ? null : row.getCell(address.getColumn());
            // ours and still red: a template's header hints (also by us) are kept
            if (cell == null || !ErrorWorkbook.AUTHOR.equals(comment.getAuthor()) || !isMarked(cell.getCellStyle())) {
                continue;
            }
            String text = comment.getString() == null ? "" : comment.getString().getString();
            cell.removeCellComment();
            int separator = text.indexOf(SEPARATOR);
            if (separator >= 0) {
                String theirs = text.substring(separator + SEPARATOR.length());
                cell.setCellComment(newComment(sheet, address.getRow(), address.getColumn(), 4, theirs, ""));
            }
            XSSFCellStyle style = cell.getCellStyle();
            cell.setCellStyle(unmarked.computeIfAbsent(style.getIndex(), i -> {
                XSSFCellStyle clone = workbook.createCellStyle();
                clone.cloneStyleFrom(style);
                clone.setFillPattern(FillPatternType.NO_FILL);
                clone.setFillForegroundColor((XSSFColor) null);
                return clone;
            }));
        }
    }

    private static boolean isMarked(XSSFCellStyle style) {
        XSSFColor color = style.getFillForegroundXSSFColor();
        return style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && color != null
                && Arrays.equals(color.getRGB(), ErrorWorkbook.MARK_RGB);
    }
}
