package cn.helituan.web.imports;

import cn.helituan.domain.imports.Cells;
import cn.helituan.domain.imports.SheetRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler over one worksheet part ({@code xl/worksheets/sheetN.xml}) that hands every non-empty
 * {@code <row>} to a {@link RowVisitor} as the user sees it in Excel:
 * <ul>
 *   <li>shared ({@code t="s"}), inline ({@code t="inlineStr"}) and formula ({@code t="str"}) strings as their text;</li>
 *   <li>booleans ({@code t="b"}) as 是/否; errors ({@code t="e"}) as "";</li>
 *   <li>numbers in a date format as ISO {@code yyyy-MM-dd} (a time of day alone as {@code HH:mm[:ss]}), other numbers
 *       as the plain number rounded to Excel's 15 significant digits, without exponent or trailing zeros;</li>
 *   <li>a cell with an {@code <f>} shows its cached value and is reported among the row's formula columns;</li>
 *   <li>a cell inside a merged range shows the range's top-left value ({@link MergedCells}).</li>
 * </ul>
 * Elements are matched by local name, so a prefixed namespace ({@code <x:row>}) reads the same.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class XlsxSheetHandler extends DefaultHandler {

    /** Excel's column limit; a cell further right is ignored. */
    static final int MAX_COLUMNS = 16_384;

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final RowVisitor visitor;
    /** The sheet's merged ranges: a range's top-left value fills all its cells. */
    private final MergedCells merged;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private final List<String> cells = new ArrayList<>();
    private final Set<Integer> formulas = new TreeSet<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private int rowNumber;
    private int nextColumn;
    private int column;
    private String type;
    private String style;
    private boolean inCell;
    private boolean formula;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private boolean inPhonetic;
    private int rows;

    /** How many rows went to the visitor. */
    int rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                rowNumber = positive(attributes.getValue("r"), rowNumber + 1);
                cells.clear();
                formulas.clear();
                nextColumn = 0;
            }
            case "c" -> {
                inCell = true;
                column = column(attributes.getValue("r"), nextColumn);
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                formula = false;
                value.setLength(0);
                inline.setLength(0);
            }
            case "f" -> formula |= inCell;
            case "v" -> inValue = inCell;
            case "is" -> inInline = inCell;
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inInline && !inPhonetic;
            default -> {
                // other elements carry nothing we read
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inText) {
            inline.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to do
            }
        }
    }

    private void endCell() throws SAXException {
        inCell = false;
        nextColumn = column + 1;
        if (column >= MAX_COLUMNS) {
            return;
        }
        String text = Cells.text(cellText());
        if (formula) {
            formulas.add(column);
        }
        if (text.isEmpty()) {
            return;
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, text);
    }

    private void endRow() throws SAXException {
        Set<Integer> mergedBelow = merged.fill(rowNumber, cells);
        if (cells.isEmpty()) {
            return;
        }
        SheetRow row = new SheetRow(rowNumber, cells);
        Set<Integer> formulaColumns = formulas.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(new TreeSet<>(formulas));
        rows++;
        try {
            visitor.row(row, formulaColumns, mergedBelow);
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    private String cellText() throws SAXException {
        String v = value.toString().strip();
        String t = type == null ? "n" : type;
        switch (t) {
            case "s":
                return sharedString(v);
            case "inlineStr":
                return unescape(inline.isEmpty() ? value.toString() : inline.toString());
            case "str":
                return unescape(value.toString());
            case "b":
                return v.isEmpty() ? "" : "1".equals(v) || "true".equalsIgnoreCase(v) ? "是" : "否";
            case "e":
                return "";
            case "d":
                return v.length() >= 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v;
            default:
                return number(v);
        }
    }

    private String sharedString(String v) throws SAXException {
        if (v.isEmpty()) {
            return "";
        }
        try {
            return strings.getItemAt(Integer.parseInt(v)).getString();
        } catch (RuntimeException e) {
            throw new SAXException("cell " + (column + 1) + " of row " + rowNumber + ": no shared string " + v, e);
        }
    }

    private String number(String v) throws SAXException {
        if (v.isEmpty()) {
            return "";
        }
        BigDecimal number;
        try {
            number = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new SAXException("cell " + (column + 1) + " of row " + rowNumber + ": not a number " + v, e);
        }
        double d = number.doubleValue();
        if (isDateFormatted() && DateUtil.isValidExcelDate(d)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(d, date1904);
            if (dateTime != null) {
                return d < 1 ? dateTime.toLocalTime().toString() : dateTime.toLocalDate().toString();
            }
        }
        BigDecimal shown = number.round(EXCEL_PRECISION).stripTrailingZeros();
        // written out in full up to 30 digits (a phone, an ID number); a crafted 1E999999999 stays as it is
        return Math.abs(shown.precision() - shown.scale()) > 30 ? v : shown.toPlainString();
    }

    private boolean isDateFormatted() {
        if (styles == null || style == null || style.isBlank()) {
            return false;
        }
        int index = positive(style, 0);
        return dateStyles.computeIfAbsent(index, this::isDateStyle);
    }

    private boolean isDateStyle(int index) {
        XSSFCellStyle cellStyle;
        try {
            cellStyle = styles.getStyleAt(index);
        } catch (RuntimeException e) {
            return false;
        }
        if (cellStyle == null) {
            return false;
        }
        int format = Short.toUnsignedInt(cellStyle.getDataFormat());
        String pattern = cellStyle.getDataFormatString();
        if ((pattern == null || pattern.startsWith("reserved-")) && isEastAsianDateFormat(format)) {
            return true;
        }
        return pattern != null && DateUtil.isADateFormat(format, pattern);
    }

    /**
     * The built-in formats 27–36 and 50–58 are the locale's own date and time formats in a Chinese (or Japanese,
     * Korean) Excel, e.g. 31 = {@code yyyy"年"m"月"d"日"}; the file names only the number, and POI knows them as
     * "reserved".
     */
    static boolean isEastAsianDateFormat(int format) {
        return format >= 27 && format <= 36 || format >= 50 && format <= 58;
    }

    /** Decodes the {@code _xHHHH_} escapes OOXML uses for control characters. */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private static int positive(String number, int otherwise) {
        if (number == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(number.strip());
            return n > 0 ? n : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The 0-based column of a cell reference such as {@code B3}; {@code otherwise} when there is none. */
    static int column(String reference, int otherwise) {
        if (reference == null) {
            return otherwise;
        }
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMNS) {
                return MAX_COLUMNS;
            }
        }
        return i == 0 ? otherwise : column - 1;
    }

    /** Carries an exception of the visitor through the XML parser, to be rethrown as it is. */
    static final class VisitorFailure extends SAXException {

        private static final long serialVersionUID = 1L;

        VisitorFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException failure() {
            return (RuntimeException) getException();
        }
    }
}
