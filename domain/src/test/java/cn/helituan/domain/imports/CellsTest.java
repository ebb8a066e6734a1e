package cn.helituan.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    private static final LocalDate JUNE_FIRST = LocalDate.of(2023, 6, 1);

    @Test
    void textIsNeverNullAndStripsWhitespaceOfEveryKind() {
        assertThat(Cells.text(null)).isEmpty();
        assertThat(Cells.text("")).isEmpty();
        assertThat(Cells.text(" \t\r\n ")).isEmpty();
        assertThat(Cells.text("\u3000张三\u3000")).isEqualTo("张三");
        assertThat(Cells.text("\u00A0李四\u00A0")).isEqualTo("李四");
        assertThat(Cells.text("  王  五 ")).isEqualTo("王 五");
        assertThat(Cells.text("第一行\r\n第二行\n\n第三行")).isEqualTo("第一行\n第二行\n第三行");
        assertThat(Cells.text("张\u3000\u3000三")).isEqualTo("张 三");
    }

    @Test
    void textMakesFullWidthDigitsAndLettersHalfWidthAndLeavesPunctuationAndChineseAlone() {
        assertThat(Cells.text("１３８１２３４５６７８")).isEqualTo("13812345678");
        assertThat(Cells.text("ＡＢＣ＠ｘｙｚ．ｃｎ")).isEqualTo("ABC＠xyz．cn");
        assertThat(Cells.text("（党员）")).isEqualTo("（党员）");
        assertThat(Cells.ascii("～！（党员）")).isEqualTo("~!(党员)");
        assertThat(Cells.text("示范县干部人才名册、乡村振兴。")).isEqualTo("示范县干部人才名册、乡村振兴。");
    }

    /** A label typed with or without its quotes, spaced out, in full-width letters, is the label (issue 16). */
    @Test
    void aLabelMatchesWhateverItsQuotesSpacesAndWidth() {
        String label = Cells.label("“四型”社区创建");
        assertThat(label).isEqualTo("四型社区创建");
        for (String typed : List.of("四型社区创建", "\"四型\"社区创建", "'四型'社区创建", "‘四型’社区创建", "「四型」社区创建",
                "『四型』社区创建", "＂四型＂社区创建", " 四型\u3000社区 创建\u00A0", "\u200B“四型” 社区创建")) {
            assertThat(Cells.label(typed)).as(typed).isEqualTo(label);
        }
        assertThat(Cells.label("Ｋｅｙ Industry")).isEqualTo(Cells.label("key industry")).isEqualTo("keyindustry");
        assertThat(Cells.label("（必填）")).isEqualTo("(必填)");
        assertThat(Cells.label(null)).isEmpty();
        assertThat(Cells.label("四型社区")).as("a different label stays different").isNotEqualTo(label);
    }

    @Test
    void textRemovesZeroWidthCharacters() {
        assertThat(Cells.text("\uFEFF姓名")).isEqualTo("姓名");
        assertThat(Cells.text("张\u200B三\u200C\u200D")).isEqualTo("张三");
        assertThat(Cells.text("\u200B \u200B")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-06-01", "2023-6-1", "2023/6/1", "2023/06/01", "2023.6.1", "2023.06.01",
        "2023年6月1日", "2023年06月01日", "2023 年 6 月 1 日", "2023年6月1号", "20230601", "45078", "45078.0",
        "45078.75", "2023-06-01T00:00", "2023-06-01T08:30:15", "2023-06-01 00:00:00", "2023-06-01 00:00:00.000",
        "2023/6/1 8:30", "　2023-06-01　", "２０２３－０６－０１", "2023 - 06 - 01"})
    void dateReadsEveryNotationUsersType(String raw) {
        assertThat(Cells.date(raw)).isEqualTo(JUNE_FIRST);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void aBlankDateIsNull(String raw) {
        assertThat(Cells.date(raw)).isNull();
    }

    @Test
    void dateReadsExcelSerialsFromTheLateTwentiesOn() {
        assertThat(Cells.date("10000")).isEqualTo(LocalDate.of(1927, 5, 18));
        assertThat(Cells.date("2958465")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Cells.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aBareYearIsNoDate() {
        assertThatThrownBy(() -> Cells.date("2023")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cells.date("9999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textKeepsFullWidthPunctuationOfNamesButNotOfDigits() {
        assertThat(Cells.text("县农业农村局（畜牧）")).isEqualTo("县农业农村局（畜牧）");
        assertThat(Cells.text("一村一策：茶叶，猕猴桃")).isEqualTo("一村一策：茶叶，猕猴桃");
        assertThat(Cells.text("第２组ＡＢ")).isEqualTo("第2组AB");
    }

    @Test
    void textKeepsLineBreaksOfNotesAsOne() {
        assertThat(Cells.text("第一行  \r\n\r\n  第二行\t尾")).isEqualTo("第一行\n第二行 尾");
    }

    @Test
    void aCraftedHugeNumberIsNotExpandedIntoAPhone() {
        assertThat(Cells.mobile("1E999999999")).isEqualTo("1E999999999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-13-01", "2023-00-10", "2023年2月30日", "20230230", "2023/6-1",
        "0", "60", "2958466", "12345678", "abc", "2023年6月", "2023-06", "6/1/2023", "01.06.2023", "2023-06-01x",
        "-45078", "明天"})
    void dateRejectsWhatIsNoDate(String raw) {
        assertThatThrownBy(() -> Cells.date(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mobileStripsSeparatorsAndCountryCodes() {
        assertThat(Cells.mobile("13812345678")).isEqualTo("13812345678");
        assertThat(Cells.mobile(" 138 1234 5678 ")).isEqualTo("13812345678");
        assertThat(Cells.mobile("138-1234-5678")).isEqualTo("13812345678");
        assertThat(Cells.mobile("+86 138 1234 5678")).isEqualTo("13812345678");
        assertThat(Cells.mobile("+86-13812345678")).isEqualTo("13812345678");
        assertThat(Cells.mobile("0086 13812345678")).isEqualTo("13812345678");
        assertThat(Cells.mobile("8613812345678")).isEqualTo("13812345678");
        assertThat(Cells.mobile("＋８６　１３８１２３４５６７８")).isEqualTo("13812345678");
    }

    @Test
    void mobileUndoesExcelsFloatingPointNotation() {
        assertThat(Cells.mobile("1.3812345678E10")).isEqualTo("13812345678");
        assertThat(Cells.mobile("1.3812345678E+10")).isEqualTo("13812345678");
        assertThat(Cells.mobile("13812345678.0")).isEqualTo("13812345678");
        assertThat(Cells.mobile("13800000000.0")).isEqualTo("13800000000");
        assertThat(Cells.mobile("8.613812345678E12")).isEqualTo("13812345678");
    }

    @Test
    void mobileLeavesWhatItCannotReadForTheCallerToReject() {
        assertThat(Cells.mobile(null)).isEmpty();
        assertThat(Cells.mobile("")).isEmpty();
        assertThat(Cells.mobile("0871-1234567")).isEqualTo("08711234567");
        assertThat(Cells.mobile("86123")).isEqualTo("86123");
        assertThat(Cells.mobile("1381234567.5")).isEqualTo("1381234567.5");
        assertThat(Cells.mobile("无")).isEqualTo("无");
    }

    @Test
    void integerReadsSeparatorsTrailingZerosAndFullWidthDigits() {
        assertThat(Cells.integer("1234")).isEqualTo(1234);
        assertThat(Cells.integer("1,234")).isEqualTo(1234);
        assertThat(Cells.integer("1,234,567")).isEqualTo(1_234_567);
        assertThat(Cells.integer("1234.0")).isEqualTo(1234);
        assertThat(Cells.integer("１２３４")).isEqualTo(1234);
        assertThat(Cells.integer("１，２３４")).isEqualTo(1234);
        assertThat(Cells.integer("-5")).isEqualTo(-5);
        assertThat(Cells.integer(" 0 ")).isZero();
        assertThat(Cells.integer(null)).isNull();
        assertThat(Cells.integer("\u3000")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "abc", "12a", "1,23", "12,5", "1.2.3", "99999999999", "1E3", "--1", "个", "12.5人",
        "五十", "十二人"})
    void integerRejectsWhatIsNoWholeNumber(String raw) {
        assertThatThrownBy(() -> Cells.integer(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Issue 20: a ledger writes counts with their unit. */
    @Test
    void integerReadsACountWithItsUnit() {
        assertThat(Cells.integer("35人")).isEqualTo(35);
        assertThat(Cells.integer("2 个")).isEqualTo(2);
        assertThat(Cells.integer("3次")).isEqualTo(3);
        assertThat(Cells.integer("1,200人")).isEqualTo(1200);
        assertThat(Cells.integer("１２人")).isEqualTo(12);
    }

    /** Issue 20: a ledger writes amounts in 万元 and with thousands separators. */
    @Test
    void decimalReadsTenThousands() {
        assertThat(Cells.decimal("1.5万元")).isEqualByComparingTo("15000.00");
        assertThat(Cells.decimal("1.5万")).isEqualByComparingTo("15000");
        assertThat(Cells.decimal("12,000元")).isEqualByComparingTo("12000");
        assertThat(Cells.decimal("0.0125万元")).isEqualByComparingTo("125");
        assertThat(Cells.decimal("3 万元")).isEqualByComparingTo("30000");
        assertThat(Cells.decimal("1.23456万")).isEqualByComparingTo("12345.6");
    }

    /** Issue 20: figures in words are told apart, so that the import refuses them with their own message. */
    @ParameterizedTest
    @ValueSource(strings = {"三万元", "五十", "十二人", "两千五百", "壹万元", "3万五千", "一百余"})
    void aNumberInWordsIsToldApart(String raw) {
        assertThat(Cells.numberInWords(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30000", "1.5万元", "35人", "张三", "", "第一期"})
    void aNumberInDigitsOrTextIsNotInWords(String raw) {
        assertThat(Cells.numberInWords(raw)).isFalse();
    }

    @Test
    void decimalReadsSeparatorsCurrencySignsAndYuan() {
        assertThat(Cells.decimal("1234.5")).isEqualByComparingTo("1234.5");
        assertThat(Cells.decimal("1,234.50")).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(Cells.decimal("¥1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(Cells.decimal("￥ 1234.5")).isEqualByComparingTo("1234.5");
        assertThat(Cells.decimal("1234.5元")).isEqualByComparingTo("1234.5");
        assertThat(Cells.decimal("1234.5 元")).isEqualByComparingTo("1234.5");
        assertThat(Cells.decimal("-0.25")).isEqualByComparingTo("-0.25");
        assertThat(Cells.decimal("１２．５")).isEqualByComparingTo("12.5");
        assertThat(Cells.decimal(null)).isNull();
        assertThat(Cells.decimal(" ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "¥", "元", "万", "万元", "1.2.3", "12,5", "$12", "1e5", "十二",
        "三万元", "1.5亿"})
    void decimalRejectsWhatIsNoNumber(String raw) {
        assertThatThrownBy(() -> Cells.decimal(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "√", "yes", "YES", "Yes", "y", "Y", "true", "TRUE", "1", "　是　"})
    void yesNoReadsYes(String raw) {
        assertThat(Cells.yesNo(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "×", "no", "NO", "n", "N", "false", "FALSE", "0"})
    void yesNoReadsNo(String raw) {
        assertThat(Cells.yesNo(raw)).isFalse();
    }

    @Test
    void aBlankYesNoIsNull() {
        assertThat(Cells.yesNo(null)).isNull();
        assertThat(Cells.yesNo(" ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"党员", "有", "无", "2", "ok", "是的", "x"})
    void yesNoRejectsAnythingElse(String raw) {
        assertThatThrownBy(() -> Cells.yesNo(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listSplitsOnEverySeparatorAndDropsEmptyItems() {
        assertThat(Cells.list("张三,李四，王五、赵六;钱七；孙八/周九"))
                .containsExactly("张三", "李四", "王五", "赵六", "钱七", "孙八", "周九");
        assertThat(Cells.list(" 张三 , ,李四,, ")).containsExactly("张三", "李四");
        assertThat(Cells.list("、党建、")).containsExactly("党建");
        assertThat(Cells.list("乡村振兴")).containsExactly("乡村振兴");
        assertThat(Cells.list(null)).isEmpty();
        assertThat(Cells.list(" ,，")).isEmpty();
    }

    @Test
    void listIsUnmodifiable() {
        List<String> items = Cells.list("a,b");
        assertThatThrownBy(() -> items.add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
