package cn.helituan.domain.common;

/** The user's role does not allow the action at all (as opposed to a record outside the scope). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String action) {
        super("not allowed: " + action);
    }
}
