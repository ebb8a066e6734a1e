package cn.helituan.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How one line's cells are read and which problems they give, before anything is looked up. */
class ImportRunTest {

    private static final EnumLabels LABELS = new EnumLabels() {
        @Override
        public <E extends Enum<E>> E parse(Class<E> type, String text) {
            Map<String, String> chinese = Map.of("男", "MALE", "女", "FEMALE", "干部", "CADRE", "专家", "EXPERT");
            String name = chinese.getOrDefault(text, text);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            return null;
        }
    };

    private final ImportRun run = new ImportRun(Scope.system(), LABELS, LocalDate.of(2026, 12, 1));

    private static ImportLine member(String... pairs) {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
            columns.put(pairs[i], i / 2);
        }
        return new ImportLine(ImportKind.MEMBERS, "人员名册", 7, values, columns);
    }

    @Test
    void aGoodLineIsReadByItsColumnTypes() {
        ImportRun.Values values = run.values(member("mobile", "1.3812345678E10", "name", "王明", "gender", "男",
                "workUnit", "县农业农村局", "type", "专家", "partyMember", "是", "joinedOn", "2023年6月1日"));
        assertThat(values).isNotNull();
        assertThat(values.text("mobile")).isEqualTo("13812345678");
        assertThat(values.<Gender>get("gender")).isEqualTo(Gender.MALE);
        assertThat(values.<MemberType>get("type")).isEqualTo(MemberType.EXPERT);
        assertThat(values.<Boolean>get("partyMember")).isTrue();
        assertThat(values.<LocalDate>get("joinedOn")).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(run.problemCount()).isZero();
    }

    @Test
    void everyWrongCellOfALineIsReportedWhereItIs() {
        ImportRun.Values values = run.values(member("mobile", "12345", "name", "", "gender", "未知",
                "workUnit", "县农业农村局", "type", "干部", "partyMember", "也许", "joinedOn", "去年",
                "post", "很".repeat(101)));
        assertThat(values).isNull();
        assertThat(run.problems()).extracting(p -> p.column() + ":" + p.messageKey() + ":" + p.row())
                .containsExactlyInAnyOrder("mobile:import.cell.mobile:7", "name:import.cell.required:7",
                        "gender:import.cell.choice:7", "partyMember:import.cell.yesNo:7",
                        "joinedOn:import.cell.date:7", "post:import.cell.tooLong:7");
        assertThat(run.problems()).filteredOn(p -> p.column().equals("gender"))
                .extracting(ImportProblem::argument, ImportProblem::columnIndex).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("未知", 2));
    }

    @Test
    void aKeySeenTwiceInAFileIsAProblemTheSecondTime() {
        ImportLine first = member("mobile", "13812345678");
        assertThat(run.firstTime(first, "mobile", "13812345678")).isTrue();
        assertThat(run.firstTime(first, "mobile", "13812345678")).isFalse();
        assertThat(run.problems()).extracting(ImportProblem::messageKey).containsExactly("import.key.duplicate");
    }

    @Test
    void unitPathsAreNamesSplitBySlashesWithSpacesTrimmed() {
        assertThat(ImportRun.pathNames(" 示范县合力团 / 产业发展分团//茶产业小组 "))
                .containsExactly("示范县合力团", "产业发展分团", "茶产业小组");
        assertThat(ImportRun.pathNames("")).isEmpty();
    }

    @Test
    void spacesThatAlignAChineseNameAreDroppedButNotInOtherNames() {
        assertThat(MemberImporter.chineseName("王 明")).isEqualTo("王明");
        assertThat(MemberImporter.chineseName("阿依古丽·买买提")).isEqualTo("阿依古丽·买买提");
        assertThat(MemberImporter.chineseName("John Smith")).isEqualTo("John Smith");
    }

    @Test
    void problemsBeyondTheKeptNumberAreCountedButNotKept() {
        for (int i = 0; i < ImportRun.KEPT_PROBLEMS + 5; i++) {
            run.problem(ImportProblem.ofSheet("s", "import.cell.required", null));
        }
        assertThat(run.problemCount()).isEqualTo(ImportRun.KEPT_PROBLEMS + 5);
        assertThat(run.problems()).hasSize(ImportRun.KEPT_PROBLEMS);
    }
}
