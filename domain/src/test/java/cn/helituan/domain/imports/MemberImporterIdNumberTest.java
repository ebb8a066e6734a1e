package cn.helituan.domain.imports;

import static cn.helituan.domain.testing.Entities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.BulkInserts;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The roster import's ID numbers on its set-based path, which bypasses the entity's converter: copied as the converter
 * would write them (SM4 ciphertext with a key) with their keyed digest; a number another live member has, or an
 * earlier row of the file gave another mobile, is a problem on its cell.
 */
class MemberImporterIdNumberTest {

    private static final String NUMBER = "11010519491231002X";

    private final Members members = mock(Members.class);
    private final WorkUnits workUnits = mock(WorkUnits.class);
    private final FieldCipher cipher = new FieldCipher("0123456789abcdeffedcba9876543210");
    private final List<List<String>> columns = new ArrayList<>();
    private final List<Object[]> copied = new ArrayList<>();
    private final MemberImporter importer = new MemberImporter(members, mock(Memberships.class), workUnits,
            mock(Units.class), new CapturingInserts(), Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"),
            ZoneId.of("Asia/Shanghai")), cipher);
    private static final EnumLabels LABELS = new EnumLabels() {
        @Override
        public <E extends Enum<E>> E parse(Class<E> type, String text) {
            String name = Map.of("男", "MALE", "干部", "CADRE").getOrDefault(text, text);
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    };
    private final ImportRun run = new ImportRun(Scope.system(), LABELS, LocalDate.of(2026, 12, 6));

    private static ImportLine line(int row, String mobile, String idNumber) {
        Map<String, String> values = new HashMap<>(Map.of("mobile", mobile, "name", "王明", "gender", "男",
                "workUnit", "县农业农村局", "type", "干部", "idNumber", idNumber));
        Map<String, Integer> columns = new HashMap<>();
        List.of("mobile", "name", "gender", "workUnit", "type", "idNumber").forEach(k -> columns.put(k, columns.size()));
        return new ImportLine(ImportKind.MEMBERS, "人员名册", row, values, columns);
    }

    @Test
    void aNewMembersNumberIsCopiedEncryptedWithItsKeyedDigest() {
        when(workUnits.findByNameIgnoreCase("县农业农村局"))
                .thenReturn(Optional.of(withId(new WorkUnit("县农业农村局", WorkUnitKind.PARTY_GOVERNMENT), 3)));
        List<SheetImporter.Outcome> outcomes = importer.batch(List.of(line(2, "13900000001", "110105194912310" + "02x"),
                line(3, "13900000002", NUMBER)), run);

        assertThat(outcomes).containsExactly(SheetImporter.Outcome.CREATED, SheetImporter.Outcome.PROBLEM);
        assertThat(run.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey,
                ImportProblem::argument).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "idNumber", "import.member.idNumberTaken", "13900000001"));
        int idNumber = columns.get(0).indexOf("id_number");
        int digest = columns.get(0).indexOf("id_number_digest");
        assertThat(copied).hasSize(1);
        assertThat((String) copied.get(0)[idNumber]).startsWith(FieldCipher.PREFIX).doesNotContain(NUMBER);
        assertThat(cipher.open((String) copied.get(0)[idNumber])).isEqualTo(NUMBER);
        assertThat(copied.get(0)[digest]).isEqualTo(cipher.digest(NUMBER));
    }

    @Test
    void aNumberALiveMemberHasIsAProblemEvenDigestedBeforeTheKey() {
        when(workUnits.findByNameIgnoreCase("县农业农村局"))
                .thenReturn(Optional.of(withId(new WorkUnit("县农业农村局", WorkUnitKind.PARTY_GOVERNMENT), 3)));
        when(members.idNumberHolders(any())).thenReturn(Map.of(new FieldCipher("").digest(NUMBER), "13900000009"));

        assertThat(importer.batch(List.of(line(2, "13900000001", NUMBER)), run))
                .containsExactly(SheetImporter.Outcome.PROBLEM);
        assertThat(run.problems()).extracting(ImportProblem::messageKey, ImportProblem::argument)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.member.idNumberTaken", "13900000009"));
        assertThat(copied).isEmpty();
    }

    @Test
    void aCountysImporterIsToldTheNumberIsTakenNotByWhom() {
        when(workUnits.findByNameIgnoreCase("县农业农村局"))
                .thenReturn(Optional.of(withId(new WorkUnit("县农业农村局", WorkUnitKind.PARTY_GOVERNMENT), 3)));
        when(members.idNumberHolders(any())).thenReturn(Map.of(cipher.digest(NUMBER), "13900000009"));
        ImportRun county = new ImportRun(new Scope(7L, "county-admin", cn.helituan.domain.common.Role.ORG_ADMIN, 5L,
                "/1/5/", null, null), LABELS, LocalDate.of(2026, 12, 6));

        importer.batch(List.of(line(2, "13900000001", NUMBER)), county);
        assertThat(county.problems()).filteredOn(p -> "idNumber".equals(p.column()))
                .extracting(ImportProblem::messageKey, ImportProblem::argument)
                .as("a member possibly outside the county: no mobile named")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("member.idNumber.taken", null));
    }

    /** Keeps the copied member rows. */
    private final class CapturingInserts implements BulkInserts {

        private long next = 100;

        @Override
        public Ids ids(String table) {
            return () -> next++;
        }

        @Override
        public Copy copy(String table, String historyType, Instant at, String by, String... names) {
            if (table.equals("member")) {
                columns.add(List.of(names));
            }
            return new Copy() {
                @Override
                public void row(Object... values) {
                    if (table.equals("member")) {
                        copied.add(values);
                    }
                }

                @Override
                public long rows() {
                    return copied.size();
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
