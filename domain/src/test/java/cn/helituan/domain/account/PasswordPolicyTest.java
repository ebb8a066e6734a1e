package cn.helituan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.common.RuleViolation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The level-3 review's password rule: 10 characters of three kinds, no user name inside, not a common password. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Chayuan2026", "qiaotou-2026", "合力团Helituan9", "Lan Gao County 7", "xY7#kettle-river"})
    void tenCharactersOfThreeKindsAreAccepted(String password) {
        assertThat(PasswordPolicy.acceptable(password, "wanglei")).isTrue();
        assertThatNoException().isThrownBy(() -> PasswordPolicy.check("newPassword", password, "wanglei"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Abc12345", "leader12", "Ab1!"})
    void shorterThanTenIsRefused(String password) {
        assertRefused(password, "wanglei", "password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijk", "1234567890123", "helituan2026", "HELITUAN2026", "!!!!####%%%%"})
    void fewerThanThreeKindsAreRefused(String password) {
        assertRefused(password, "wanglei", "password.kinds");
    }

    @ParameterizedTest
    @CsvSource({"leader,Leader2026!", "leader,myLEADER-pass1", "wanglei,Wanglei@2026"})
    void theUserNameInsideIsRefusedWhateverItsCase(String username, String password) {
        assertRefused(password, username, "password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password123", "P@ssw0rd123", "Admin@12345", "Qwer1234!@", "Woaini1314!", "Huawei@123",
        "Aa123456789", "1qaz@WSX2024"})
    void commonPasswordsAreRefusedThoughTheyKeepTheOtherRules(String password) {
        assertRefused(password, "wanglei", "password.common");
    }

    @Test
    void aTemporaryPasswordIsAlwaysAcceptableAndFresh() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String temporary = PasswordPolicy.temporary();
            assertThat(PasswordPolicy.acceptable(temporary, "wanglei")).as(temporary).isTrue();
            assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH)
                    .doesNotContain("0", "O", "1", "l", "I");
            seen.add(temporary);
        }
        assertThat(seen).hasSize(500);
    }

    private static void assertRefused(String password, String username, String key) {
        assertThat(PasswordPolicy.problem(password, username)).isEqualTo(key);
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", password, username))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("newPassword");
                    assertThat(v.messageKey()).isEqualTo(key);
                    assertThat(v.args()).containsExactly(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MIN_KINDS);
                });
    }
}
