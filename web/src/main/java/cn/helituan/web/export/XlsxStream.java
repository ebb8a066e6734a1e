package cn.helituan.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of one sheet written as its rows come, straight into the .xlsx's zip: SpreadsheetML with inline strings
 * (no shared strings table), nothing kept per row, no temporary file. The background export's writer: a million rows
 * through POI's SXSSF build a row and cell objects per cell, write them to a temporary file and copy that into the
 * zip at the end; this writes each cell's XML once. The cells are those of {@code web/common/XlsxExport} (the export
 * sent at once): the headers bold in a frozen first row, the same column widths, numbers as number cells, dates as
 * ISO text, everything else text.
 */
final class XlsxStream implements AutoCloseable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** The rows' XML is gathered here and handed to the encoder some 64 KB at a time (not a call per cell). */
    private static final int FLUSH_AT = 1 << 16;

    private final ZipOutputStream zip;
    private final Writer out;
    private final StringBuilder xml = new StringBuilder(FLUSH_AT + 4096);
    private final String[] columns;
    private int next = 1;

    /**
     * Starts the workbook on {@code out} (closed with it) with a sheet named {@code sheetName} and its header row.
     */
    XlsxStream(OutputStream out, String sheetName, List<String> headers) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the fastest compression (deflate's own time grows with the level; a million activities' file is 121 MB
        // at this level, 100 MB at SXSSF's default)
        zip.setLevel(Deflater.BEST_SPEED);
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        columns = new String[headers.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = column(i);
        }
        try {
            parts(sheetName);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            this.out.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\""
                    + " tabSelected=\"1\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
                    + " state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                    + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
            for (int i = 0; i < headers.size(); i++) {
                int width = Math.min(60, Math.max(10, headers.get(i).length() * 3 + 4));
                this.out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + width
                        + "\" customWidth=\"1\"/>");
            }
            this.out.write("</cols><sheetData>");
            row(1, headers.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a row: null cells are left out, numbers are number cells, dates ISO text, the rest text. */
    void row(Object... values) {
        try {
            row(0, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(int style, Object[] values) throws IOException {
        StringBuilder xml = this.xml;
        String r = Integer.toString(next++);
        xml.append("<row r=\"").append(r).append("\">");
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            xml.append("<c r=\"").append(columns[i]).append(r);
            if (style != 0) {
                xml.append("\" s=\"").append(style);
            }
            if (value instanceof Number number) {
                xml.append("\"><v>").append(number(number)).append("</v></c>");
            } else {
                String text = value instanceof LocalDate date ? date.toString() : value.toString();
                xml.append(preserve(text) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        : "\" t=\"inlineStr\"><is><t>");
                escape(text);
                xml.append("</t></is></c>");
            }
        }
        xml.append("</row>");
        if (xml.length() >= FLUSH_AT) {
            out.append(xml);
            xml.setLength(0);
        }
    }

    /** Whole numbers as they are, decimals exactly (the reader makes the same double of them as of the value). */
    private static String number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return number.toString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return Double.toString(number.doubleValue());
    }

    /** Leading or trailing blanks, or line breaks and tabs, kept as typed (as SXSSF marks them). */
    private static boolean preserve(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)) || text.indexOf('\n') >= 0
                || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0);
    }

    /** XML text: markup escaped, line breaks and tabs as references, characters XML 1.0 cannot hold as "?". */
    private void escape(String text) {
        StringBuilder xml = this.xml;
        int from = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement;
            switch (c) {
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '&' -> replacement = "&amp;";
                case '\n' -> replacement = "&#10;";
                case '\r' -> replacement = "&#13;";
                case '\t' -> replacement = "&#9;";
                default -> {
                    if (c >= 0x20 && c < 0xFFFE) {
                        continue;
                    }
                    replacement = "?";
                }
            }
            xml.append(text, from, i).append(replacement);
            from = i + 1;
        }
        xml.append(text, from, length);
    }

    /** The column's letters: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** The package's other parts: content types, relationships, the workbook naming its sheet, two styles. */
    private void parts(String sheetName) throws IOException {
        entry("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.styles+xml\"/></Types>");
        entry("_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\""
                + " Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        StringBuilder name = new StringBuilder();
        sheetName.codePoints().limit(31).forEach(c -> name.appendCodePoint("[]:*?/\\".indexOf(c) >= 0 ? '_' : c));
        entry("xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                + "<sheet name=\"" + attribute(name.toString()) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry("xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"2\"><font><sz val=\"11\"/>"
                + "<name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill"
                + " patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/>"
                + "<bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\""
                + " fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\""
                + " fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\""
                + " borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs><cellStyles count=\"1\"><cellStyle"
                + " name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Ends the sheet and the zip (and the stream it was given). */
    @Override
    public void close() throws IOException {
        out.append(xml);
        out.write("</sheetData></worksheet>");
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.close();
    }
}
