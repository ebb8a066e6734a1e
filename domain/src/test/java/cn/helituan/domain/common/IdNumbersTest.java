package cn.helituan.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Resident ID numbers as GB 11643 writes them: 18 characters, a birth date that exists, the MOD 11-2 check. */
class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theStandardsExamplesAreValid() {
        assertThat(IdNumbers.valid("11010519491231002X", TODAY)).isTrue();
        assertThat(IdNumbers.valid("440524188001010014", TODAY)).as("born 1880: before 1900").isFalse();
        assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void aWrongCheckCharacterLengthOrCharacterIsRefused() {
        assertThat(IdNumbers.valid("110105194912310021", TODAY)).isFalse();
        assertThat(IdNumbers.valid("11010519491231002", TODAY)).isFalse();
        assertThat(IdNumbers.valid("11010519491231002X1", TODAY)).isFalse();
        assertThat(IdNumbers.valid("11010519491231A02X", TODAY)).isFalse();
        assertThat(IdNumbers.valid("11010519491231002x", TODAY)).as("normalized first").isFalse();
        assertThat(IdNumbers.valid(null, TODAY)).isFalse();
    }

    @Test
    void theBirthDateMustExistAndNotBeAfterToday() {
        assertThat(IdNumbers.valid(withCheck("11010519490230002"), TODAY)).as("30 February").isFalse();
        assertThat(IdNumbers.valid(withCheck("11010519491331002"), TODAY)).as("month 13").isFalse();
        assertThat(IdNumbers.valid(withCheck("11010520261206002"), TODAY)).as("born today").isTrue();
        assertThat(IdNumbers.valid(withCheck("11010520261207002"), TODAY)).as("born tomorrow").isFalse();
        assertThat(IdNumbers.valid(withCheck("11010520000229002"), TODAY)).as("a leap day").isTrue();
    }

    @Test
    void aNumberIsNormalizedAsPeopleTypeIt() {
        assertThat(IdNumbers.normalize(" 110105 19491231 002x ")).isEqualTo("11010519491231002X");
        assertThat(IdNumbers.normalize("１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("11010519491231002X");
        assertThat(IdNumbers.normalize("  ")).isNull();
        assertThat(IdNumbers.normalize(null)).isNull();
    }

    private static String withCheck(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }
}
