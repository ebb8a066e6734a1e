package cn.helituan.domain.common;

/**
 * Personal numbers in lists and exports (issue 21): a mobile number is shown as {@code 138****0018} and an ID number
 * as {@code 110101********1234} to every role but the org admin's, who keeps the roster (its export is the import's
 * file, keyed by the mobile); the whole numbers are on the person's record for those in scope, and their viewing is in
 * the security log. The history keeps an ID number starred for everyone ({@link Kind}).
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** Whether the scope's lists and exports show whole numbers. */
    public static boolean wholeNumbers(Scope scope) {
        return scope != null && scope.role() == Role.ORG_ADMIN;
    }

    /** The first three and last four digits of a mobile, the middle four starred; a short or empty value as it is. */
    public static String maskMobile(String mobile) {
        if (mobile == null || mobile.length() < 8) {
            return mobile;
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }

    public static String mobileFor(Scope scope, String mobile) {
        return wholeNumbers(scope) ? mobile : maskMobile(mobile);
    }

    /** The first six and last four characters of an ID number, the rest starred; a short or empty value as it is. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 11) {
            return idNumber;
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }

    public static String idNumberFor(Scope scope, String idNumber) {
        return wholeNumbers(scope) ? idNumber : maskIdNumber(idNumber);
    }

    /** A kind of personal number, and how it is starred. */
    public enum Kind {
        MOBILE, ID_NUMBER;

        public String mask(String value) {
            return this == MOBILE ? maskMobile(value) : maskIdNumber(value);
        }
    }
}
