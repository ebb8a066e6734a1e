package cn.helituan.web.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a downloadable import template: one sheet per {@link TemplateSheet}, knowing nothing of the domain.
 *
 * <p>Each sheet has the headers in row 1 exactly as given (the importer matches headers by text, so nothing is
 * appended to them): bold on a light fill, required ones in a red bold font, frozen, with the column's hint as the
 * header cell's comment. The sheet's {@code note} has no place in the grid (row 1 must stay the headers); it goes into
 * the comment of cell A1, above the first column's hint. Rows 2.. hold the example rows, as text.
 *
 * <p>Every column with choices gets a dropdown (list data validation, error style STOP) from row 2 to row
 * {@value #LAST_VALIDATED_ROW}. The choices live on a hidden sheet {@value #LISTS_SHEET}, one column per distinct
 * list, referenced as {@code '_lists'!$A$1:$A$n}: an explicit list is limited to 255 characters, a long list of work
 * units is not. No {@value #LISTS_SHEET} sheet is written when no column has choices.
 */
public final class ImportTemplate {

    /** The hidden sheet holding the choice lists; a caller's sheet must not be named so. */
    public static final String LISTS_SHEET = "_lists";
    /** The last row (1-based, as Excel shows) covered by the dropdowns. */
    public static final int LAST_VALIDATED_ROW = 10_000;
    /** Author of the header comments. */
    static final String AUTHOR = "合力团";

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 50;

    /**
     * One column of a template sheet.
     *
     * @param header   the header text, written as is
     * @param required whether the importer requires a value (red bold header)
     * @param choices  the allowed values, offered as a dropdown; empty (or null) = free text
     * @param hint     the header cell's comment; blank = none
     * @param width    column width in characters; 0 = computed from the header, examples and choices (CJK count 2)
     */
    public record TemplateColumn(String header, boolean required, List<String> choices, String hint, int width) {
        public TemplateColumn {
            Objects.requireNonNull(header, "header");
            choices = choices == null ? List.of() : List.copyOf(choices);
            if (width < 0) {
                throw new IllegalArgumentException("width < 0: " + width);
            }
        }

        /** A free-text column with an automatic width. */
        public static TemplateColumn text(String header, boolean required, String hint) {
            return new TemplateColumn(header, required, List.of(), hint, 0);
        }

        /** A column with a dropdown of {@code choices} and an automatic width. */
        public static TemplateColumn choice(String header, boolean required, List<String> choices, String hint) {
            return new TemplateColumn(header, required, choices, hint, 0);
        }
    }

    /**
     * One sheet of the template.
     *
     * @param name        the sheet name (Excel rules: at most 31 characters, none of {@code \ / ? * [ ] :})
     * @param note        a sentence explaining the sheet, shown as the comment of cell A1; blank = none
     * @param columns     the columns, left to right
     * @param exampleRows example values from row 2 on, one list per row, in column order (shorter rows are fine)
     */
    public record TemplateSheet(String name, String note, List<TemplateColumn> columns, List<List<String>> exampleRows) {
        public TemplateSheet {
            Objects.requireNonNull(name, "name");
            if (LISTS_SHEET.equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("sheet name reserved: " + name);
            }
            columns = List.copyOf(columns);
            exampleRows = exampleRows == null ? List.of() : exampleRows.stream()
                    .map(r -> r == null ? List.<String>of() : Collections.unmodifiableList(new ArrayList<>(r)))
                    .toList();
        }
    }

    private ImportTemplate() {
    }

    /**
     * Writes the template to {@code out} (which is not closed).
     *
     * @param invalidChoiceTitle title of the error box Excel shows when a value not in a dropdown is entered
     * @param invalidChoiceText  text of that error box (translated by the caller)
     */
    public static void write(List<TemplateSheet> sheets, String invalidChoiceTitle, String invalidChoiceText,
            OutputStream out) throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no sheet");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Lists lists = new Lists(workbook);
            for (TemplateSheet template : sheets) {
                writeSheet(workbook, styles, lists, template, invalidChoiceTitle, invalidChoiceText);
            }
            lists.hide();
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            workbook.write(out);
        }
    }

    private static void writeSheet(XSSFWorkbook workbook, Styles styles, Lists lists, TemplateSheet template,
            String errorTitle, String errorText) {
        XSSFSheet sheet = workbook.createSheet(template.name());
        CreationHelper factory = workbook.getCreationHelper();
        XSSFRow header = sheet.createRow(0);
        List<TemplateColumn> columns = template.columns();
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            String comment = join(c == 0 ? template.note() : null, column.hint());
            if (comment != null) {
                ClientAnchor anchor = factory.createClientAnchor();
                anchor.setCol1(c + 1);
                anchor.setCol2(c + 4);
                anchor.setRow1(0);
                anchor.setRow2(Math.min(12, 4 + comment.length() / 40));
                Comment note = sheet.createDrawingPatriarch().createCellComment(anchor); // created once, then reused
                note.setString(factory.createRichTextString(comment));
                note.setAuthor(AUTHOR);
                cell.setCellComment(note);
            }
        }
        sheet.createFreezePane(0, 1);

        List<List<String>> examples = template.exampleRows();
        for (int r = 0; r < examples.size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<String> values = examples.get(r);
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (value != null && !value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                }
            }
        }

        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            sheet.setColumnWidth(c, width(column, examples, c) * 256);
            if (column.choices().isEmpty()) {
                continue;
            }
            DataValidationConstraint constraint = helper.createFormulaListConstraint(lists.reference(column.choices()));
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(1, LAST_VALIDATED_ROW - 1, c, c));
            validation.setEmptyCellAllowed(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.setShowErrorBox(true);
            validation.createErrorBox(errorTitle, errorText);
            // No setSuppressDropDownArrow: left unset, Excel shows the arrow (OOXML showDropDown="1" would hide it).
            sheet.addValidationData(validation);
        }
    }

    private static String join(String note, String hint) {
        boolean hasNote = note != null && !note.isBlank();
        boolean hasHint = hint != null && !hint.isBlank();
        if (hasNote && hasHint) {
            return note.strip() + "\n\n" + hint.strip();
        }
        return hasNote ? note.strip() : hasHint ? hint.strip() : null;
    }

    private static int width(TemplateColumn column, List<List<String>> examples, int c) {
        if (column.width() > 0) {
            return Math.min(255, column.width());
        }
        int width = displayWidth(column.header()) + 2; // bold, and room for the filter/dropdown arrow
        for (List<String> row : examples) {
            if (c < row.size() && row.get(c) != null) {
                width = Math.max(width, displayWidth(row.get(c)));
            }
        }
        for (String choice : column.choices()) {
            width = Math.max(width, displayWidth(choice));
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width + 2));
    }

    /** Width in Excel character units: East Asian wide characters count 2, others 1. */
    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0xA4CF) // CJK radicals, punctuation, kana, CJK ideographs, Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extension B and beyond
    }

    /** Header styles, shared by all sheets. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;

        Styles(XSSFWorkbook workbook) {
            header = headerStyle(workbook, false);
            requiredHeader = headerStyle(workbook, true);
        }

        private static CellStyle headerStyle(XSSFWorkbook workbook, boolean required) {
            Font font = workbook.createFont();
            font.setBold(true);
            if (required) {
                font.setColor(IndexedColors.RED.getIndex());
            }
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }

    /** The hidden sheet of choice lists, created on first use; identical lists share one column. */
    private static final class Lists {
        private final XSSFWorkbook workbook;
        private final Map<List<String>, String> references = new LinkedHashMap<>();
        private XSSFSheet sheet;

        Lists(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        String reference(List<String> choices) {
            return references.computeIfAbsent(choices, this::add);
        }

        private String add(List<String> choices) {
            if (sheet == null) {
                sheet = workbook.createSheet(LISTS_SHEET);
            }
            int column = references.size();
            if (column >= 16_384) {
                throw new IllegalArgumentException("more than 16,384 distinct choice lists");
            }
            for (int r = 0; r < choices.size(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null) {
                    row = sheet.createRow(r);
                }
                row.createCell(column).setCellValue(choices.get(r) == null ? "" : choices.get(r));
            }
            String letters = CellReference.convertNumToColString(column);
            return "'" + LISTS_SHEET + "'!$" + letters + "$1:$" + letters + "$" + choices.size();
        }

        void hide() {
            if (sheet != null) {
                workbook.setSheetOrder(LISTS_SHEET, workbook.getNumberOfSheets() - 1);
                workbook.setSheetHidden(workbook.getSheetIndex(LISTS_SHEET), true);
            }
        }
    }
}
