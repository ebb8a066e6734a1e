package cn.helituan.domain.imports;

/**
 * One column of an import sheet. {@code key} names it in the message files ({@code import.column.<KIND>.<key>} is the
 * Chinese header the template writes and the importer matches); {@code choices} is the enum whose labels fill the
 * template's dropdown for an {@link ColumnType#CHOICE} column.
 */
public record ImportColumn(String key, ColumnType type, boolean required, int maxLength,
                           Class<? extends Enum<?>> choices) {

    /** How a column's text is read. */
    public enum ColumnType { TEXT, CHOICE, CHOICES, DATE, YES_NO, MOBILE, INTEGER, DECIMAL, DEGREES, ID_NUMBER }

    static ImportColumn text(String key, boolean required, int maxLength) {
        return new ImportColumn(key, ColumnType.TEXT, required, maxLength, null);
    }

    static ImportColumn choice(String key, boolean required, Class<? extends Enum<?>> choices) {
        return new ImportColumn(key, ColumnType.CHOICE, required, 0, choices);
    }

    /** Several choices in one cell, separated by 、 , ， ; or / (a village that is 脱贫村、产业村). */
    static ImportColumn choices(String key, Class<? extends Enum<?>> choices) {
        return new ImportColumn(key, ColumnType.CHOICES, false, 0, choices);
    }

    static ImportColumn integer(String key, int max) {
        return new ImportColumn(key, ColumnType.INTEGER, false, max, null);
    }

    /** A number, decimals allowed, from 0 up to {@code max} ({@code maxLength} holds the maximum). */
    static ImportColumn decimal(String key, boolean required, int max) {
        return new ImportColumn(key, ColumnType.DECIMAL, required, max, null);
    }

    /** Decimal degrees (a latitude or longitude), signed, at most {@code max} either way, read as a double. */
    static ImportColumn degrees(String key, int max) {
        return new ImportColumn(key, ColumnType.DEGREES, false, max, null);
    }

    static ImportColumn date(String key, boolean required) {
        return new ImportColumn(key, ColumnType.DATE, required, 0, null);
    }

    static ImportColumn date(String key) {
        return new ImportColumn(key, ColumnType.DATE, false, 0, null);
    }

    static ImportColumn yesNo(String key) {
        return new ImportColumn(key, ColumnType.YES_NO, false, 0, null);
    }

    static ImportColumn mobile(String key) {
        return new ImportColumn(key, ColumnType.MOBILE, true, 11, null);
    }

    /** An optional resident ID number (身份证号), checked as the member form checks it. */
    static ImportColumn idNumber(String key) {
        return new ImportColumn(key, ColumnType.ID_NUMBER, false, 18, null);
    }

    static ImportColumn optionalMobile(String key) {
        return new ImportColumn(key, ColumnType.MOBILE, false, 11, null);
    }
}
