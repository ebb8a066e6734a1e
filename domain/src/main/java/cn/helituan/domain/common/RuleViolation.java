package cn.helituan.domain.common;

/**
 * A business rule refused the action. {@code field} names the form field it belongs to (or null for
 * the whole form) and {@code messageKey} is a key of the message files, so the page can say why.
 */
public class RuleViolation extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static RuleViolation global(String messageKey, Object... args) {
        return new RuleViolation(null, messageKey, args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
