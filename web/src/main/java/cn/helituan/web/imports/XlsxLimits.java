package cn.helituan.web.imports;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How much an .xlsx may hold, so that a file made to exhaust the server (a zip bomb, a sheet of one endless cell, a
 * million distinct texts) is refused with a reason instead of filling the heap. The sizes of the zip's entries are
 * checked by {@link XlsxWorkbook} (declared before anything is inflated, actual while inflating); the limits on what
 * is held in memory while reading are here: the shared strings (POI keeps them all in a list) and one cell's text.
 *
 * <p>The heap a file may take at these limits: the shared strings at most {@value #MAX_STRINGS} strings of together
 * {@value #MAX_STRING_CHARS} characters, about 120 MB (a string costs about 56 bytes besides its characters); a
 * 100,000-row roster saved by Excel has some 400,000 strings of 4 million characters.
 */
final class XlsxLimits {

    /**
     * More worksheets are refused. Each sheet not named after a kind is read to recognise it by its headers, so a
     * check's time grows with the sheets; an import needs one sheet per kind (ten) and maybe some notes, a ledger
     * kept a sheet a month fits for two years and a half.
     */
    static final int MAX_SHEETS = 30;

    /**
     * A part POI reads whole into memory (content types, relationships, document properties, styles, theme) may
     * inflate to this; a real workbook's are below a megabyte, and POI's object model of one takes ten times its size.
     */
    static final long MAX_PART_SIZE = 32L << 20;

    /** Distinct texts of the shared strings table (all held in memory while a sheet is read). */
    static final int MAX_STRINGS = 1_000_000;

    /** Characters of all the shared strings together. */
    static final long MAX_STRING_CHARS = 30_000_000;

    /** Characters of one cell (Excel itself stops at 32,767). */
    static final int MAX_CELL_CHARS = 1_000_000;

    private XlsxLimits() {
    }

    /** A limit found exceeded inside the XML parser, carrying the reason out of it. */
    static final class Exceeded extends SAXException {

        private static final long serialVersionUID = 1L;

        private final transient ImportFileException reason;

        Exceeded(ImportFileException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }

        ImportFileException reason() {
            return reason;
        }
    }

    static Exceeded tooMuchText() {
        return new Exceeded(new ImportFileException(ImportFileException.TOO_MUCH_TEXT, MAX_STRINGS,
                MAX_STRING_CHARS));
    }

    /** Counts the shared strings and their characters as they are parsed; throws once past a limit. */
    static final class StringCounter extends DefaultHandler {

        private int strings;
        private long chars;
        private boolean inText;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName(localName, qName).equals("t")) {
                inText = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName(localName, qName);
            if (name.equals("t")) {
                inText = false;
            } else if (name.equals("si") && ++strings > MAX_STRINGS) {
                throw tooMuchText();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText && (chars += length) > MAX_STRING_CHARS) {
                throw tooMuchText();
            }
        }
    }

    /**
     * POI's shared strings table, refused once past {@link #MAX_STRINGS} or {@link #MAX_STRING_CHARS}. POI parses in
     * its constructor, before this class's fields are initialised: so {@code counter} has no initialiser and is made
     * on first use.
     */
    static final class SharedStrings extends ReadOnlySharedStringsTable {

        private StringCounter counter;

        SharedStrings(OPCPackage pkg) throws IOException, SAXException {
            super(pkg, false);
        }

        private StringCounter counter() {
            if (counter == null) {
                counter = new StringCounter();
            }
            return counter;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            counter().startElement(uri, localName, qName, attributes);
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            counter().endElement(uri, localName, qName);
            super.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            counter().characters(ch, start, length);
            super.characters(ch, start, length);
        }
    }

    /** Parses the shared strings part only to count them (on upload, before any sheet is read). */
    static void countStrings(InputStream in) throws IOException, SAXException {
        XlsxWorkbook.parse(in, new StringCounter());
    }

    /**
     * The sheet handler behind a guard: the text between one cell's start and the next may not pass
     * {@link #MAX_CELL_CHARS} characters (the handler gathers a cell's text in memory).
     */
    static ContentHandler cellTextLimited(ContentHandler handler) {
        return new CellTextLimit(handler);
    }

    private static final class CellTextLimit implements ContentHandler {

        private final ContentHandler handler;
        private long chars;

        CellTextLimit(ContentHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (localName(localName, qName).equals("c")) {
                chars = 0;
            }
            handler.startElement(uri, localName, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if ((chars += length) > MAX_CELL_CHARS) {
                throw new Exceeded(new ImportFileException(ImportFileException.CELL_TOO_LONG, MAX_CELL_CHARS));
            }
            handler.characters(ch, start, length);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            handler.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            handler.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            handler.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            handler.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            handler.endPrefixMapping(prefix);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            handler.endElement(uri, localName, qName);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            handler.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            handler.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            handler.skippedEntity(name);
        }
    }

    private static String localName(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
    }
}
