package cn.helituan.web.common;

import cn.helituan.domain.common.Scope;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The one-time key a create form posts ({@code formKey}, rendered by {@code fragments/forms :: formKey}), given to a
 * controller as an argument by {@link OneTimeForms}. It wraps only the creating call:
 * <pre>
 * long id = key.create(scope, "activity", id -&gt; "/activities/" + id, () -&gt; log.log(...).getId());
 * </pre>
 * Without a key (an old script) the call runs as before, unprotected; a key that is not a UUID is {@link Invalid}, a
 * 400.
 */
public final class FormKey {

    public static final String PARAMETER = "formKey";

    private final UUID value;
    private final OneTimeForms forms;

    FormKey(UUID value, OneTimeForms forms) {
        this.value = value;
        this.forms = forms;
    }

    static FormKey parse(String text, OneTimeForms forms) {
        if (text == null || text.isBlank()) {
            return new FormKey(null, forms);
        }
        try {
            return new FormKey(UUID.fromString(text.strip()), forms);
        } catch (IllegalArgumentException e) {
            throw new Invalid();
        }
    }

    public UUID value() {
        return value;
    }

    boolean present() {
        return value != null;
    }

    /**
     * Runs {@code create} (answering the new record's id) once for this key: a second submission of it does not run
     * it but redirects to {@code page} of the record the first saved ({@link OneTimeForms.AlreadySaved}). {@code form}
     * names the form (at most 40 characters).
     */
    public long create(Scope scope, String form, LongFunction<String> page, Supplier<Long> create) {
        return forms.create(scope, this, form, page, create);
    }

    /** A key that is not one, or one another account (or form) claimed: answered 400, nothing saved or shown. */
    static class Invalid extends RuntimeException {
        Invalid() {
            super("invalid form key");
        }
    }
}
