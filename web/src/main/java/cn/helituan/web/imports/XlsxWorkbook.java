package cn.helituan.web.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx file opened read-only for streaming: the OPC package, its workbook part and the list of worksheets. Only
 * the small parts (content types, relationships, {@code workbook.xml}) are read on opening; shared strings and styles
 * when a sheet is read; the sheet itself through SAX. {@link #close()} reverts the package, which releases the file.
 */
final class XlsxWorkbook implements Closeable {

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    /** A 100,000-row sheet is about 100 MB of XML; allow ten times that, refuse more. */
    static final long MAX_ENTRY_SIZE = 1L << 30;

    /** POI's default: an entry may inflate at most a hundredfold. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private static final String OPEN_DOCUMENT_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private record Sheet(String name, String relationId) {
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<Sheet> sheets;
    private final boolean date1904;

    private XlsxWorkbook(OPCPackage pkg, XSSFReader reader, List<Sheet> sheets, boolean date1904) {
        this.pkg = pkg;
        this.reader = reader;
        this.sheets = sheets;
        this.date1904 = date1904;
    }

    /**
     * Opens the file, which starts with a zip signature.
     *
     * @throws ImportFileException {@code corrupt} when the zip or the package cannot be read, {@code zipBomb} when
     *                             an entry would inflate beyond {@link ZipSecureFile}'s limits or a part read whole
     *                             beyond {@link XlsxLimits#MAX_PART_SIZE}, {@code notSpreadsheet} for another kind of
     *                             zip (a .docx), {@code oldExcel} for a spreadsheet POI cannot stream (.xlsb, Strict
     *                             Open XML, OpenDocument .ods)
     */
    static XlsxWorkbook open(Path file) throws ImportFileException {
        return open(file, false);
    }

    /**
     * Opens the file as {@link #open(Path)} does after inflating every entry once (discarding the bytes) to check
     * its real size and inflate ratio, not only the sizes the zip declares; then checks what reading will hold in
     * memory: at most {@link XlsxLimits#MAX_SHEETS} worksheets, styles and theme within
     * {@link XlsxLimits#MAX_PART_SIZE}, the shared strings within their limits. Run once, on upload, so that a file
     * that would fail later is refused before anything is kept.
     *
     * @throws ImportFileException as {@link #open(Path)}, and {@code tooManySheets} [count, limit],
     *                             {@code tooMuchText} [strings, characters]
     */
    static XlsxWorkbook inspect(Path file) throws ImportFileException {
        XlsxWorkbook workbook = open(file, true);
        try {
            workbook.checkContents();
            return workbook;
        } catch (ImportFileException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private static XlsxWorkbook open(Path file, boolean inflateAll) throws ImportFileException {
        checkZip(file, inflateAll);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable(e);
        }
        try {
            PackagePart workbook = workbookPart(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookHandler handler = new WorkbookHandler();
            try (InputStream in = workbook.getInputStream()) {
                parse(in, handler);
            }
            List<Sheet> sheets = new ArrayList<>();
            for (Sheet sheet : handler.sheets) {
                PackageRelationship relation = workbook.getRelationship(sheet.relationId());
                if (relation != null && relation.getRelationshipType().endsWith("/worksheet")) {
                    sheets.add(sheet);
                }
            }
            return new XlsxWorkbook(pkg, reader, List.copyOf(sheets), handler.date1904);
        } catch (ImportFileException e) {
            pkg.revert();
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            pkg.revert();
            throw unreadable(e);
        }
    }

    /**
     * Reads the zip's central directory: it must be intact, hold {@code [Content_Types].xml}, and no entry may
     * declare a size or an inflate ratio beyond the limits, all before anything is inflated. The parts POI reads
     * whole into memory as it opens the package ({@link #readWhole(String)}) are then inflated, the bytes counted
     * and dropped, so a zip that lies about their sizes is refused at {@link XlsxLimits#MAX_PART_SIZE}; with
     * {@code inflateAll} every other entry too, through POI's guard, which stops an entry once it passes
     * {@link #MAX_ENTRY_SIZE} or inflates more than a hundredfold.
     */
    private static void checkZip(Path file, boolean inflateAll) throws ImportFileException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new ImportFileException(isOpenDocumentSpreadsheet(zip)
                        ? ImportFileException.OLD_EXCEL : ImportFileException.NOT_SPREADSHEET);
            }
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                boolean whole = readWhole(entry.getName());
                if (size > ZipSecureFile.getMaxEntrySize() || whole && size > XlsxLimits.MAX_PART_SIZE
                        || size > ZipSecureFile.getGraceEntrySize() && packed >= 0
                        && (double) packed / size < ZipSecureFile.getMinInflateRatio()) {
                    throw new ImportFileException(ImportFileException.ZIP_BOMB);
                }
            }
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                boolean whole = readWhole(entry.getName());
                if (whole || inflateAll) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        checkSize(in, whole ? XlsxLimits.MAX_PART_SIZE : Long.MAX_VALUE);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * The parts POI parses into memory when the package is opened: the content types, every relationships part,
     * the document properties.
     */
    private static boolean readWhole(String entryName) {
        String name = entryName.toLowerCase(Locale.ROOT);
        return name.equals("[content_types].xml") || name.endsWith(".rels") || name.startsWith("docprops/");
    }

    /** Reads the stream to its end, keeping nothing; a zip bomb once past {@code limit} bytes. */
    private static void checkSize(InputStream in, long limit) throws IOException, ImportFileException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new ImportFileException(ImportFileException.ZIP_BOMB);
            }
        }
    }

    /**
     * The limits of {@link #inspect(Path)} once the package is open: the sheet count, the styles and theme (read
     * whole by POI when a sheet is read), the shared strings counted.
     */
    private void checkContents() throws ImportFileException {
        if (sheets.size() > XlsxLimits.MAX_SHEETS) {
            throw new ImportFileException(ImportFileException.TOO_MANY_SHEETS, sheets.size(), XlsxLimits.MAX_SHEETS);
        }
        try {
            for (String type : List.of(XSSFRelation.STYLES.getContentType(), XSSFRelation.THEME.getContentType())) {
                for (PackagePart part : pkg.getPartsByContentType(type)) {
                    try (InputStream in = part.getInputStream()) {
                        checkSize(in, XlsxLimits.MAX_PART_SIZE);
                    }
                }
            }
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                try (InputStream in = part.getInputStream()) {
                    XlsxLimits.countStrings(in);
                }
            }
        } catch (XlsxLimits.Exceeded e) {
            throw e.reason();
        } catch (IOException | SAXException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * The reason to give for an exception of POI or the XML parser: {@code import.file.zipBomb} when
     * {@link ZipSecureFile}'s protection tripped anywhere in the cause chain, {@code import.file.corrupt} otherwise.
     */
    static ImportFileException unreadable(Throwable e) {
        return new ImportFileException(isZipBomb(e) ? ImportFileException.ZIP_BOMB : ImportFileException.CORRUPT, e);
    }

    static boolean isZipBomb(Throwable e) {
        String tooManyEntries = ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 40);
        for (int depth = 0; e != null && depth < 20; e = e.getCause(), depth++) {
            String message = e.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.startsWith(tooManyEntries))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpenDocumentSpreadsheet(ZipSecureFile zip) throws IOException {
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip()
                    .startsWith(OPEN_DOCUMENT_SPREADSHEET);
        }
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws ImportFileException, OpenXML4JException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() == 0) {
            boolean strict = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).size() > 0;
            throw new ImportFileException(strict ? ImportFileException.OLD_EXCEL
                    : ImportFileException.NOT_SPREADSHEET);
        }
        PackagePart part = pkg.getPart(core.getRelationship(0));
        if (part == null) {
            throw new ImportFileException(ImportFileException.CORRUPT);
        }
        String type = part.getContentType();
        if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(type)) {
            throw new ImportFileException(ImportFileException.OLD_EXCEL);
        }
        if (!WORKBOOK_TYPES.contains(type)) {
            throw new ImportFileException(ImportFileException.NOT_SPREADSHEET);
        }
        return part;
    }

    /** The worksheets' names in workbook order (chart sheets left out). */
    List<String> sheetNames() {
        return sheets.stream().map(Sheet::name).toList();
    }

    /** Streams the named sheet's non-empty rows to the visitor; returns their number. */
    int read(String sheetName, RowVisitor visitor) throws ImportFileException {
        Sheet sheet = sheets.stream().filter(s -> s.name().equals(sheetName)).findFirst()
                .orElseThrow(() -> new ImportFileException(ImportFileException.SHEET_MISSING, sheetName));
        try {
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new XlsxLimits.SharedStrings(pkg);
            MergedCells merged;
            try (InputStream in = reader.getSheet(sheet.relationId())) {
                merged = MergedCells.scan(in);
            }
            XlsxSheetHandler handler = new XlsxSheetHandler(strings, styles, date1904, visitor, merged);
            try (InputStream in = reader.getSheet(sheet.relationId())) {
                parse(in, XlsxLimits.cellTextLimited(handler));
            }
            return handler.rows();
        } catch (XlsxSheetHandler.VisitorFailure e) {
            throw e.failure();
        } catch (XlsxLimits.Exceeded e) {
            throw e.reason();
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Collects {@code <sheet name r:id>} and {@code <workbookPr date1904>} from {@code workbook.xml}. */
    private static final class WorkbookHandler extends DefaultHandler {

        final List<Sheet> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1)
                    : localName;
            if (name.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (name.equals("sheet")) {
                String sheetName = attributes.getValue("name");
                String id = null;
                for (int i = 0; i < attributes.getLength(); i++) {
                    if (attributes.getLocalName(i).equals("id") && attributes.getURI(i).endsWith("/relationships")) {
                        id = attributes.getValue(i);
                    }
                }
                if (sheetName != null && id != null) {
                    sheets.add(new Sheet(sheetName, id));
                }
            }
        }
    }
}
