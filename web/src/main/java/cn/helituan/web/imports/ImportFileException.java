package cn.helituan.web.imports;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An uploaded file that cannot be read as a spreadsheet, with the reason for the user as a message key (and its
 * arguments) that the caller translates: {@code import.file.empty}, {@code import.file.notSpreadsheet},
 * {@code import.file.encrypted}, {@code import.file.oldExcel}, {@code import.file.corrupt},
 * {@code import.file.zipBomb}, {@code import.file.sheetMissing} (argument: the sheet name),
 * {@code import.file.tooManySheets} (the sheets, the limit), {@code import.file.tooMuchText} (the limits of strings
 * and characters), {@code import.file.cellTooLong} (the limit).
 */
final class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    static final String EMPTY = "import.file.empty";
    static final String NOT_SPREADSHEET = "import.file.notSpreadsheet";
    static final String ENCRYPTED = "import.file.encrypted";
    static final String OLD_EXCEL = "import.file.oldExcel";
    static final String CORRUPT = "import.file.corrupt";
    static final String ZIP_BOMB = "import.file.zipBomb";
    static final String SHEET_MISSING = "import.file.sheetMissing";
    static final String TOO_MANY_SHEETS = "import.file.tooManySheets";
    static final String TOO_MANY_MERGES = "import.file.tooManyMerges";
    static final String TOO_MUCH_TEXT = "import.file.tooMuchText";
    static final String CELL_TOO_LONG = "import.file.cellTooLong";

    private final String messageKey;
    /** Numbers stay numbers (the message formats them for the reader's language), anything else is its text. */
    private final Serializable[] args;

    ImportFileException(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    ImportFileException(String messageKey, Throwable cause, Object... args) {
        super(args.length == 0 ? messageKey : messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = new Serializable[args.length];
        for (int i = 0; i < args.length; i++) {
            this.args[i] = args[i] instanceof Number n ? (Serializable) n : String.valueOf(args[i]);
        }
    }

    /** The message key of the reason, for the caller's {@code MessageSource}. */
    String messageKey() {
        return messageKey;
    }

    /** The arguments of the message; a copy. */
    Object[] args() {
        return args.clone();
    }
}
