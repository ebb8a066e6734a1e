package cn.helituan.web.imports;

import cn.helituan.domain.imports.Cells;
import cn.helituan.domain.imports.SheetRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an uploaded spreadsheet, already saved to disk, row by row without holding it in memory: an .xlsx through
 * POI's event API (a 100,000-row sheet fits a 512 MB heap), a CSV through a streaming RFC 4180 parser. The format
 * is told from the bytes, never from the file name. A file that cannot be read ends with an
 * {@link ImportFileException} whose message key tells the user why.
 *
 * <p>Every cell is cleaned by {@link Cells#text(String)}; see {@link XlsxSheetHandler} for how .xlsx values are shown.
 * No method leaves a file open.
 */
final class WorkbookReader {

    /** The spreadsheet formats read. */
    enum Format {
        XLSX,
        CSV
    }

    /** How much of the file's head is examined to tell its format. */
    static final int SAMPLE_SIZE = 8192;

    private WorkbookReader() {
    }

    /**
     * The file's format, from its bytes: a zip holding an OOXML workbook is {@link Format#XLSX}; UTF-8 or GB18030
     * text without NUL bytes or other control characters in its first {@value #SAMPLE_SIZE} bytes is
     * {@link Format#CSV}.
     *
     * @throws ImportFileException {@code import.file.empty} for zero bytes (or a short text of blanks),
     *                             {@code import.file.encrypted} for a password-protected workbook,
     *                             {@code import.file.oldExcel} for an .xls (also .xlsb, .ods, Strict Open XML, an
     *                             HTML or XML table saved as .xls), {@code import.file.corrupt},
     *                             {@code import.file.zipBomb}, {@code import.file.tooManySheets},
     *                             {@code import.file.tooMuchText} (an .xlsx past {@link XlsxLimits}: checked here,
     *                             on upload, by {@link XlsxWorkbook#inspect(Path)}), {@code import.file.notSpreadsheet}
     *                             for anything else
     */
    static Format detect(Path file) throws ImportFileException {
        Format format = sniff(file);
        if (format == Format.XLSX) {
            try (XlsxWorkbook workbook = XlsxWorkbook.inspect(file)) {
                // opening and inspecting checks the package and its limits
            }
        }
        return format;
    }

    /**
     * The names of the worksheets in workbook order; a CSV has one, {@code csvSheetName} (the caller's choice,
     * typically the uploaded file's name).
     *
     * @throws ImportFileException as {@link #detect(Path)}
     */
    static List<String> sheetNames(Path file, String csvSheetName) throws ImportFileException {
        if (sniff(file) == Format.CSV) {
            return List.of(csvSheetName);
        }
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            return workbook.sheetNames();
        }
    }

    /** {@link #sheetNames(Path, String)} with a CSV's sheet named after the file, without its extension. */
    static List<String> sheetNames(Path file) throws ImportFileException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return sheetNames(file, dot > 0 ? name.substring(0, dot) : name);
    }

    /**
     * Hands every non-empty row of the named sheet (of a CSV: of the file; the name is ignored) to the visitor, in
     * order; an exception of the visitor ends the reading and is thrown as it is. A sheet without a non-empty row
     * visits nothing: the caller tells the user.
     *
     * @return how many rows were visited
     * @throws ImportFileException {@code import.file.sheetMissing} [sheet name] when the workbook has no such
     *                             worksheet, or any reason of {@link #detect(Path)}
     */
    static int read(Path file, String sheetName, RowVisitor visitor) throws ImportFileException {
        if (sniff(file) == Format.CSV) {
            return readCsv(file, visitor);
        }
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            return workbook.read(sheetName, visitor);
        }
    }

    private static int readCsv(Path file, RowVisitor visitor) throws ImportFileException {
        int rows = 0;
        try (CsvReader csv = CsvReader.open(file)) {
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                List<String> cells = new ArrayList<>(record.size());
                for (String field : record) {
                    cells.add(Cells.text(field));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (!cells.isEmpty()) {
                    rows++;
                    visitor.row(new SheetRow(csv.number(), cells), Set.of());
                }
            }
        }
        return rows;
    }

    /** The format as far as the file's head tells it; a zip is only opened later. */
    private static Format sniff(Path file) throws ImportFileException {
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(SAMPLE_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw new ImportFileException(ImportFileException.EMPTY);
        }
        FileMagic magic = FileMagic.valueOf(head);
        return switch (magic) {
            case OOXML -> Format.XLSX;
            case OLE2 -> throw ole2(file);
            case BIFF2, BIFF3, BIFF4 -> throw new ImportFileException(ImportFileException.OLD_EXCEL);
            case XML, HTML, UNKNOWN -> text(head, head.length == size);
            default -> throw new ImportFileException(ImportFileException.NOT_SPREADSHEET);
        };
    }

    /** The reason an OLE2 compound file (the container of .xls, .doc, and of encrypted OOXML) is not read. */
    private static ImportFileException ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return new ImportFileException(ImportFileException.ENCRYPTED);
            }
            for (String entry : fs.getRoot().getEntryNames()) {
                String name = entry.toLowerCase(Locale.ROOT);
                if (name.equals("workbook") || name.equals("book")) {
                    return new ImportFileException(ImportFileException.OLD_EXCEL);
                }
            }
            return new ImportFileException(ImportFileException.NOT_SPREADSHEET);
        } catch (IOException | RuntimeException e) {
            return new ImportFileException(ImportFileException.CORRUPT, e);
        }
    }

    /** CSV when the head is text in UTF-8 or GB18030; an HTML or XML table is an Excel export of old. */
    private static Format text(byte[] head, boolean whole) throws ImportFileException {
        for (byte b : head) {
            if (b == 0) {
                throw new ImportFileException(ImportFileException.NOT_SPREADSHEET);
            }
        }
        String text = decode(head, StandardCharsets.UTF_8, whole);
        if (text == null) {
            text = decode(head, CsvReader.GB18030, whole);
        }
        if (text == null || hasControlCharacters(text)) {
            throw new ImportFileException(ImportFileException.NOT_SPREADSHEET);
        }
        String content = Cells.text(text);
        if (whole && content.chars().allMatch(c -> c == ',' || c == ';' || c == '"' || c == ' ')) {
            throw new ImportFileException(ImportFileException.EMPTY);
        }
        if (content.startsWith("<")) {
            String markup = content.toLowerCase(Locale.ROOT);
            throw new ImportFileException(markup.contains("<html") || markup.contains("<table")
                    || markup.contains("urn:schemas-microsoft-com:office:spreadsheet")
                    ? ImportFileException.OLD_EXCEL : ImportFileException.NOT_SPREADSHEET);
        }
        return Format.CSV;
    }

    /**
     * The bytes decoded strictly, or {@code null} when they are not in that charset; unless {@code whole}, a
     * character cut off at the end of the sample is no error.
     */
    private static String decode(byte[] bytes, Charset charset, boolean whole) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(in, out, whole);
        if (result.isError() || whole && (in.hasRemaining() || decoder.flush(out).isError())) {
            return null;
        }
        return out.flip().toString();
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                return true;
            }
        }
        return false;
    }
}
