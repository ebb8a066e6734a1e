package cn.helituan.domain.account;

import cn.helituan.domain.common.RuleViolation;
import java.security.SecureRandom;

/** At least 8 characters, with letters and digits. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static boolean acceptable(String raw) {
        return raw != null && raw.length() >= MIN_LENGTH
                && raw.chars().anyMatch(Character::isLetter)
                && raw.chars().anyMatch(Character::isDigit);
    }

    public static void check(String field, String raw) {
        if (!acceptable(raw)) {
            throw new RuleViolation(field, "password.weak", MIN_LENGTH);
        }
    }

    /** A temporary password the admin hands over; it must be changed at first login. */
    public static String temporary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        for (int i = 0; i < 2; i++) {
            sb.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        }
        return sb.toString();
    }
}
