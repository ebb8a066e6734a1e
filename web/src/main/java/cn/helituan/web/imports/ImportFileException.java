package cn.helituan.web.imports;

import java.util.Arrays;

/**
 * An uploaded file that cannot be read as a spreadsheet, with the reason for the user as a message key (and its
 * arguments) that the caller translates: {@code import.file.empty}, {@code import.file.notSpreadsheet},
 * {@code import.file.encrypted}, {@code import.file.oldExcel}, {@code import.file.corrupt},
 * {@code import.file.zipBomb}, {@code import.file.sheetMissing} (argument: the sheet name).
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

    private final String messageKey;
    private final String[] args;

    ImportFileException(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    ImportFileException(String messageKey, Throwable cause, Object... args) {
        super(args.length == 0 ? messageKey : messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            this.args[i] = String.valueOf(args[i]);
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
