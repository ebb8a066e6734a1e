package cn.helituan.domain.assisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelationshipTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    private final Unit team = new Unit(null, UnitKind.TEAM, new UnitDetails("岚皋县合力团", null, UnitField.GENERAL, null));
    private final Unit group = new Unit(team, UnitKind.GROUP, new UnitDetails("茶产业合力小组", null, UnitField.INDUSTRY, null));
    private final AssistedObject village = new AssistedObject(AssistedKind.VILLAGE, "青山村", "V-1");

    private Relationship term(LocalDate endsOn) {
        return new Relationship(group, village, START, endsOn, AssistanceFocus.RURAL_REVITALIZATION, "一村一策");
    }

    private static String key(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuleViolation violation) {
            return violation.messageKey();
        }
    }

    @Test
    void aTermRunsFromAYearToTwoYears() {
        assertThat(key(() -> term(LocalDate.of(2026, 2, 28)))).as("a year").isNull();
        assertThat(key(() -> term(LocalDate.of(2027, 3, 1)))).as("two years").isNull();
        assertThat(key(() -> term(LocalDate.of(2026, 2, 27)))).isEqualTo("relationship.term.length");
        assertThat(key(() -> term(LocalDate.of(2027, 3, 2)))).isEqualTo("relationship.term.length");
        assertThat(key(() -> term(null))).isEqualTo("relationship.term.length");
    }

    @Test
    void onlyAGroupIsPairedAndOnlyWithALiveObject() {
        assertThat(key(() -> new Relationship(team, village, START, START.plusYears(1), AssistanceFocus.KEY_INDUSTRY,
                null))).isEqualTo("relationship.group.invalid");
        village.archive();
        assertThat(key(() -> term(START.plusYears(1)))).isEqualTo("relationship.object.invalid");
    }

    @Test
    void aRenewalStartsTheDayAfterAndLeavesTheOldTermRenewed() {
        Relationship first = term(LocalDate.of(2027, 2, 28));
        Relationship second = first.renew(LocalDate.of(2029, 2, 28), AssistanceFocus.KEY_INDUSTRY, "第二期");

        assertThat(second.getStartsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(second.getRenewalOf()).isSameAs(first);
        assertThat(second.isActive()).isTrue();
        assertThat(first.getStatus()).isEqualTo(RelationshipStatus.RENEWED);
        assertThat(key(() -> first.renew(LocalDate.of(2029, 2, 28), AssistanceFocus.KEY_INDUSTRY, null)))
                .isEqualTo("relationship.notActive");
        assertThat(key(() -> first.end(LocalDate.of(2026, 1, 1)))).isEqualTo("relationship.notActive");
    }

    @Test
    void anEndIsNotBeforeTheStartAndIsRecorded() {
        Relationship relationship = term(LocalDate.of(2027, 2, 28));
        assertThat(key(() -> relationship.end(START.minusDays(1)))).isEqualTo("relationship.end.beforeStart");
        relationship.end(LocalDate.of(2026, 6, 30));
        assertThat(relationship.getStatus()).isEqualTo(RelationshipStatus.ENDED);
        assertThat(relationship.getEndedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(relationship.endingWithin(LocalDate.of(2027, 2, 1), 60)).as("ended terms warn no more").isFalse();
    }

    @Test
    void aTermEndingWithinSixtyDaysOrOverdueWarns() {
        Relationship relationship = term(LocalDate.of(2027, 2, 28));
        assertThat(relationship.endingWithin(LocalDate.of(2026, 12, 29), 60)).isFalse();
        assertThat(relationship.endingWithin(LocalDate.of(2026, 12, 30), 60)).isTrue();
        assertThat(relationship.endingWithin(LocalDate.of(2027, 6, 1), 60)).isTrue();
    }
}
