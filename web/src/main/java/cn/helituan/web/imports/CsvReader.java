package cn.helituan.web.imports;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV file as RFC 4180 has them: fields separated by commas, records by {@code \r\n},
 * {@code \n} or a lone {@code \r}; a field in double quotes may hold commas, line breaks and doubled quotes. It is
 * lenient where Excel is: a quote inside an unquoted field is kept, text after a closing quote is appended, an
 * unterminated quote runs to the end of the file. A record longer than {@value #MAX_RECORD_CHARS} characters or with
 * more than {@value #MAX_FIELDS} fields is not a spreadsheet's and ends the reading with
 * {@code import.file.corrupt}, so that a broken quote cannot fill the heap.
 */
final class CsvReader implements Closeable {

    /** Excel's column limit. */
    static final int MAX_FIELDS = 16_384;
    static final int MAX_RECORD_CHARS = 4 << 20;

    /** GB18030 decodes GBK, the charset of a CSV saved by Excel on a Chinese Windows, and is a superset of it. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int number;
    private boolean first = true;
    private final StringBuilder field = new StringBuilder();

    private CsvReader(Reader in) {
        this.in = in;
    }

    /** Opens the file in its charset (see {@link #charset(Path)}); a byte-order mark is skipped. */
    static CsvReader open(Path file) {
        Charset charset = charset(file);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return new CsvReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * UTF-8 (with or without a byte-order mark) when the whole file is valid UTF-8, otherwise GB18030 (GBK). Reads
     * the file once, streaming.
     */
    static Charset charset(Path file) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream bytes = Files.newInputStream(file); Reader text = new InputStreamReader(bytes, strict)) {
            char[] chars = new char[8192];
            while (text.read(chars) >= 0) {
                // only validating
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the record {@link #next()} returned last. */
    int number() {
        return number;
    }

    /** The next record's raw fields, or {@code null} at the end of the file. */
    List<String> next() throws ImportFileException {
        int c = read();
        if (c < 0) {
            return null;
        }
        number++;
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        int length = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (; c >= 0; c = read()) {
            if (++length > MAX_RECORD_CHARS) {
                throw new ImportFileException(ImportFileException.CORRUPT);
            }
            if (quoted) {
                if (c != '"') {
                    field.append((char) c);
                } else if (peek() == '"') {
                    read();
                    field.append('"');
                } else {
                    quoted = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (fieldStart) {
                        quoted = true;
                    } else {
                        field.append('"');
                    }
                }
                case ',' -> {
                    add(fields);
                    fieldStart = true;
                    continue;
                }
                case '\r' -> {
                    if (peek() == '\n') {
                        read();
                    }
                    add(fields);
                    return fields;
                }
                case '\n' -> {
                    add(fields);
                    return fields;
                }
                default -> field.append((char) c);
            }
            fieldStart = false;
        }
        add(fields);
        return fields;
    }

    private void add(List<String> fields) throws ImportFileException {
        if (fields.size() == MAX_FIELDS) {
            throw new ImportFileException(ImportFileException.CORRUPT);
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private int read() {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() {
        try {
            int n;
            do {
                n = in.read(buffer);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
            if (first) {
                first = false;
                if (buffer[0] == '\uFEFF') {
                    position = 1;
                    return limit > 1 || fill();
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
