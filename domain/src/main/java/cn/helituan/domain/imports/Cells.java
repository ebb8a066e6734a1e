package cn.helituan.domain.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the text of one imported spreadsheet cell as users really type it: full-width letters and digits,
 * ideographic and non-breaking spaces, zero-width characters, dates in half a dozen notations, phone numbers that
 * Excel turned into floating-point numbers, thousands separators, currency signs.
 *
 * <p>Every method accepts {@code null}. The parsing methods return {@code null} for a blank cell and throw
 * {@link IllegalArgumentException} for text they cannot read; the caller turns that into a row error.
 */
public final class Cells {

    /** The largest Excel serial date, 9999-12-31. */
    static final int MAX_SERIAL = 2_958_465;

    /** 1927-05-18: below it a number in a date column is a year or a typo rather than an Excel day. */
    static final int MIN_SERIAL = 10_000;

    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?";
    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})" + TIME);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号]?" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,7})(?:\\.\\d+)?");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern EXCEL_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][+]?\\d+)?");
    private static final Pattern MOBILE_PREFIX = Pattern.compile("(?:\\+86|0086|86)(\\d{11})");
    /** The quotes a label may be written with, and matched without: straight, curly, corner, full-width, guillemets. */
    static final String QUOTES = "\"'`\u00B4\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A\u00AB\u00BB"
            + "\u300C\u300D\u300E\u300F\u301D\u301E\u301F\uFF02\uFF07";
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；/]");
    /** The units a ledger writes after a count, dropped when the count is read. */
    static final String COUNT_UNITS = "人个次场项名户期家";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** A number in Chinese numerals, with or without a unit: 三万元, 五十, 十二人, 两千五百. */
    private static final Pattern WORDS = Pattern.compile(
            "[¥￥]?[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点.\\d]*[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]"
            + "[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点.\\d]*[元人个次场项名户期家余多]?");

    private Cells() {
    }

    /**
     * The cell's text, cleaned: never {@code null}; full-width digits and Latin letters made half-width (a name such
     * as 县农业农村局（畜牧） keeps its full-width punctuation: names must match the database as typed); ideographic
     * (U+3000) and non-breaking (U+00A0) spaces made plain spaces; zero-width characters (U+200B–U+200D, U+FEFF)
     * removed; leading and trailing whitespace stripped; inner runs of whitespace collapsed to one space, or to one
     * line break where the run holds one (notes keep their lines). Chinese characters are left as they are.
     */
    public static String text(String raw) {
        return clean(raw, false);
    }

    /**
     * A label as people write it, for matching a coded choice by its label (an enumeration's label, a demand
     * category's name, a header, a sheet's name): {@link #ascii} (full-width letters, digits and punctuation
     * half-width; ideographic, non-breaking and zero-width spaces gone), then without any space and without quotes of
     * any kind ({@value #QUOTES}), in lower case. {@code “四型”社区创建}, {@code 「四型」社区创建}, {@code "四型"社区创建}
     * and {@code 四型 社区创建} are one label. The one place where the import's label matching is defined.
     */
    public static String label(String raw) {
        String text = ascii(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && QUOTES.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** {@link #text} with every full-width ASCII character (U+FF01–U+FF5E) made half-width: for numbers and dates. */
    static String ascii(String raw) {
        return clean(raw, true);
    }

    private static String clean(String raw, boolean allFullWidth) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && (allFullWidth || Character.isLetterOrDigit(c))) {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            } else if (c >= '\u200B' && c <= '\u200D' || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
                newline |= space && (c == '\n' || c == '\r');
                continue;
            }
            if (space) {
                out.append(newline ? '\n' : ' ');
                space = false;
                newline = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The date written in the cell, or {@code null} for a blank cell. Reads {@code 2023-06-01}, {@code 2023-6-1},
     * {@code 2023/6/1}, {@code 2023.6.1}, {@code 2023年6月1日}, {@code 20230601}, the same followed by a time
     * ({@code 2023-06-01T08:30}, {@code 2023-06-01 08:30:00}, which is dropped), and an Excel serial number in the 1900
     * date system ({@code 45078} or {@code 45078.0}, from {@value #MIN_SERIAL} = 1927-05-18 to {@value #MAX_SERIAL} =
     * 9999-12-31: a smaller number such as 2023 is a year someone typed, not a day).
     *
     * @throws IllegalArgumentException when the text is not a date or names a day that does not exist
     */
    public static LocalDate date(String raw) {
        String text = ascii(raw);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATED.matcher(text);
        if (m.matches()) {
            return day(text, m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(text);
        if (m.matches()) {
            return day(text, m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return day(text, m.group(1), m.group(2), m.group(3));
        }
        m = SERIAL.matcher(text);
        if (m.matches()) {
            return serial(text, Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static LocalDate day(String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + text, e);
        }
    }

    private static LocalDate serial(String text, int serial) {
        if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("not an Excel date: " + text);
        }
        // Excel counts the phantom 1900-02-29: from serial 61 on, day 0 is 1899-12-30
        return SERIAL_EPOCH.plusDays(serial);
    }

    /**
     * The phone number with the noise removed, never {@code null}: spaces and {@code -} dropped, a {@code +86},
     * {@code 0086} or {@code 86} country code dropped when eleven digits follow, and a number Excel wrote as a
     * floating-point value ({@code 13812345678.0}, {@code 1.3812345678E10}) turned back into its digits. Whatever is
     * left is returned as it is; the caller checks the eleven-digit rule.
     */
    public static String mobile(String raw) {
        String text = ascii(raw).replace(" ", "").replace("-", "");
        if (EXCEL_NUMBER.matcher(text).matches() && (text.contains(".") || text.contains("e") || text.contains("E"))) {
            BigDecimal number = new BigDecimal(text).stripTrailingZeros();
            // (a crafted 1E999999999 would make a billion digits: a phone has eleven)
            if (number.scale() <= 0 && number.precision() - number.scale() <= 20) {
                text = number.toPlainString();
            }
        }
        Matcher m = MOBILE_PREFIX.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /**
     * The whole number in the cell, or {@code null} for a blank cell; reads {@code 1234}, {@code 1,234},
     * {@code 1234.0}, full-width digits, and a count with its unit as ledgers write it: {@code 35人}, {@code 2个},
     * {@code 3次} ({@value #COUNT_UNITS}).
     *
     * @throws IllegalArgumentException for a fraction ({@code 12.5}), a number out of range or text
     */
    public static Integer integer(String raw) {
        String text = ascii(raw);
        if (!text.isEmpty() && COUNT_UNITS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("not a number: " + text(raw));
            }
        }
        BigDecimal number = number(text, raw);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number: " + text(raw), e);
        }
    }

    /**
     * The decimal number in the cell, or {@code null} for a blank cell; reads {@code 1234.5}, {@code 1,234.50}, a
     * leading {@code ¥} or {@code ￥}, a trailing {@code 元}, and ten thousands as ledgers write them: {@code 1.5万}
     * and {@code 1.5万元} are 15000.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static BigDecimal decimal(String raw) {
        String text = ascii(raw);
        if (text.startsWith("¥") || text.startsWith("￥")) {
            text = text.substring(1).strip();
        }
        if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        boolean tenThousands = text.endsWith("万");
        if (tenThousands) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty() && !text(raw).isEmpty()) {
            throw new IllegalArgumentException("not a number: " + text(raw));
        }
        BigDecimal number = number(text, raw);
        if (number == null || !tenThousands) {
            return number;
        }
        BigDecimal yuan = number.multiply(TEN_THOUSAND).stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
    }

    /**
     * Whether the cell writes a number in Chinese words ({@code 三万元}, {@code 五十}, {@code 十二人}) rather than in
     * digits: such a figure is refused with its own message, never guessed.
     */
    public static boolean numberInWords(String raw) {
        String text = ascii(raw);
        if (text.isEmpty() || !WORDS.matcher(text).matches()) {
            return false;
        }
        try {
            decimal(text);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static BigDecimal number(String text, String raw) {
        if (text.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("not a number: " + text(raw));
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /**
     * Yes or no, or {@code null} for a blank cell: {@code 是}/{@code 否}, {@code √}/{@code ×}, {@code yes}/{@code no},
     * {@code y}/{@code n}, {@code true}/{@code false} (any case) and {@code 1}/{@code 0}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Boolean yesNo(String raw) {
        String text = text(raw);
        if (text.isEmpty()) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "√", "yes", "y", "true", "1" -> Boolean.TRUE;
            case "否", "×", "no", "n", "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not yes or no: " + text);
        };
    }

    /**
     * The items of a list typed into one cell, separated by {@code ,} {@code ，} {@code 、} {@code ;} {@code ；} or
     * {@code /}; each item trimmed, empty items dropped. Never {@code null}; unmodifiable.
     */
    public static List<String> list(String raw) {
        String text = text(raw);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(text)) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return List.copyOf(items);
    }
}
