package cn.helituan.domain.common;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Chinese resident ID numbers (居民身份证号码, GB 11643-1999): 18 characters — a six-digit address code, the birth
 * date as yyyyMMdd, a three-digit sequence (odd for men) and a check character, 0–9 or X, from the ISO 7064 MOD 11-2
 * sum of the first seventeen digits.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /**
     * The number as stored: spaces and zero-width characters out, full-width digits and letters half-width, a
     * lower-case x upper-case; null for a blank value.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c >= '\u200B' && c <= '\u200D'
                    || c == '\uFEFF') {
                continue;
            }
            out.append(c == 'x' ? 'X' : c);
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The check character the first seventeen digits call for. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * Whether a (normalized) number is a resident ID number: 17 digits and the right check character, and a birth date
     * that exists, from 1900 and not after {@code today}.
     */
    public static boolean valid(String number, LocalDate today) {
        if (number == null || number.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return false;
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return born.getYear() >= 1900 && !born.isAfter(today);
    }
}
