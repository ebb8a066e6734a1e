package cn.helituan.domain.common;

/**
 * Personal numbers in lists and exports (issue 21): a mobile number is shown as {@code 138****0018} to every role but
 * the org admin's, who keeps the roster (its export is the import's file, keyed by the mobile); the whole number is on
 * the person's record for those in scope, and its viewing is in the security log.
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
}
