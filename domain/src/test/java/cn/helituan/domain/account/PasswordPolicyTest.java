package cn.helituan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.common.RuleViolation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcd1234", "1234567a", "Helituan2024", "合力团合力团12"})
    void eightCharactersWithLettersAndDigitsAreAccepted(String password) {
        assertThat(PasswordPolicy.acceptable(password)).isTrue();
        assertThatNoException().isThrownBy(() -> PasswordPolicy.check("newPassword", password));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc1234", "abcdefgh", "12345678", "!!!!####", "        "})
    void shortOrOneSidedPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.acceptable(password)).isFalse();
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", password))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("newPassword");
                    assertThat(v.messageKey()).isEqualTo("password.weak");
                    assertThat(v.args()).containsExactly(8);
                });
    }

    @Test
    void aTemporaryPasswordIsAlwaysAcceptableAndFresh() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String temporary = PasswordPolicy.temporary();
            assertThat(PasswordPolicy.acceptable(temporary)).as(temporary).isTrue();
            assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH)
                    .doesNotContain("0", "O", "1", "l", "I");
            seen.add(temporary);
        }
        assertThat(seen).hasSize(500);
    }
}
