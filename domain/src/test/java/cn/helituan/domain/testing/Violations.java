package cn.helituan.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.common.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts the rule a page would report: the form field (null for the whole form) and the message key. */
public final class Violations {

    private Violations() {
    }

    public static void assertViolation(ThrowingCallable action, String field, String messageKey) {
        assertThatThrownBy(action).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).as("message key").isEqualTo(messageKey);
            assertThat(v.field()).as("field").isEqualTo(field);
        });
    }
}
