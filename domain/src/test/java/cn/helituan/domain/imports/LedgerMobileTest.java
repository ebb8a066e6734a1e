package cn.helituan.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The participants' cell of a ledger names each person by a mobile, as the activity export writes them. */
class LedgerMobileTest {

    @Test
    void aNameEndingInADigitKeepsItsMobile() {
        assertThat(mobile("王明2 13900001111")).isEqualTo("13900001111");
        assertThat(mobile("成员1 13900001111")).isEqualTo("13900001111");
    }

    @Test
    void spacesDashesAndACountryCodeAreTyped() {
        assertThat(mobile("李芳 139 0000 1111")).isEqualTo("13900001111");
        assertThat(mobile("李芳 139-0000-1111")).isEqualTo("13900001111");
        assertThat(mobile("李芳 +86 13900001111")).isEqualTo("13900001111");
    }

    @Test
    void tooFewOrTooManyDigitsAreNoMobile() {
        assertThat(mobile("李芳 1390000111")).isNull();
        assertThat(mobile("李芳 139000011112")).isNull();
        assertThat(mobile("李芳")).isNull();
    }

    private static String mobile(String item) {
        Matcher m = ActivityImporter.MOBILE.matcher(Cells.ascii(item));
        return m.find() ? m.group().replace(" ", "").replace("-", "") : null;
    }
}
