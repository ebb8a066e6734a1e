package cn.helituan.domain.account;

import cn.helituan.domain.common.RuleViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (a level-3 security review's rule): at least 10 characters of at least three kinds
 * (lower-case letters, capitals, digits, other marks), without the account's user name in it, and not on the shipped
 * list of common passwords ({@code common-passwords.txt}: the words, names and keyboard runs people use with the
 * digits and marks they add, compared without regard to case). Not one of the account's last five is the service's
 * rule ({@link AccountService}), as it needs their hashes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MIN_KINDS = 3;
    private static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Common passwords, read once. */
    private static final class Common {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            Set<String> words = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        words.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }

    /** The message key of the first rule the password breaks, or null when it keeps them all. */
    public static String problem(String raw, String username) {
        if (raw == null || raw.length() < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (kinds(raw) < MIN_KINDS) {
            return "password.kinds";
        }
        if (username != null && !username.isBlank()
                && raw.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "password.containsUsername";
        }
        if (Common.WORDS.contains(raw.toLowerCase(Locale.ROOT))) {
            return "password.common";
        }
        return null;
    }

    public static boolean acceptable(String raw, String username) {
        return problem(raw, username) == null;
    }

    public static void check(String field, String raw, String username) {
        String problem = problem(raw, username);
        if (problem != null) {
            throw new RuleViolation(field, problem, MIN_LENGTH, MIN_KINDS);
        }
    }

    private static int kinds(String raw) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /**
     * A temporary password the admin hands over (it must be changed at first login): 12 characters, capitals, small
     * letters and digits, without the look-alikes (I, l, O, 0, 1).
     */
    public static String temporary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(UPPER.charAt(RANDOM.nextInt(UPPER.length())));
            sb.append(LOWER.charAt(RANDOM.nextInt(LOWER.length())));
            sb.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        }
        return sb.toString();
    }
}
