package cn.helituan.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.imports.Cells;
import org.junit.jupiter.api.Test;

/** The ledger's title key is coarser than the import's cleaning: titles that clean alike have one key. */
class LedgerTitlesTest {

    @Test
    void everyCharacterTheCleaningTakesForBlankIsRemoved() {
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                assertThat(LedgerTitles.REMOVED.indexOf(c)).as("U+%04X", (int) c).isNotNegative();
            }
        }
        assertThat(LedgerTitles.REMOVED).contains("\u200B", "\u200C", "\u200D", "\uFEFF");
    }

    @Test
    void aTitleAndItsCleanedCellHaveOneKey() {
        for (String typed : new String[] {"２０２３年\u3000春耕  培训", " 茶园\u00A0管护\r\n\r\n培训 ", "Ｅ商\u200B直播ａｂ",
            "全角标点（不变）！", "a\tb\u2028c\u205Fd"}) {
            assertThat(LedgerTitles.key(Cells.text(typed))).as(typed).isEqualTo(LedgerTitles.key(typed));
        }
        assertThat(LedgerTitles.key("２０２３年 春耕培训")).isEqualTo("2023年春耕培训");
        assertThat(LedgerTitles.key("全角标点（不变）！")).isEqualTo("全角标点（不变）！");
        assertThat(LedgerTitles.key(null)).isNull();
    }
}
