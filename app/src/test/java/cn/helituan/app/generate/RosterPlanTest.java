package cn.helituan.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.app.generate.RosterPlan.PlannedMembership;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.team.UnitKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated roster has the documented province shape, and a seed always gives the same one. */
class RosterPlanTest {

    private final RosterPlan plan = RosterPlan.of(30_000, 42);

    @Test
    void theSameSeedGivesTheSameRoster() {
        RosterPlan again = RosterPlan.of(30_000, 42);
        assertThat(again.members()).isEqualTo(plan.members());
        assertThat(again.units()).isEqualTo(plan.units());
        assertThat(again.memberships()).isEqualTo(plan.memberships());
        assertThat(RosterPlan.of(30_000, 43).members()).isNotEqualTo(plan.members());
    }

    @Test
    void aProvinceOfThirtyThousand() {
        assertThat(plan.members()).hasSize(30_000);
        assertThat(plan.workUnits()).hasSize(RosterPlan.WORK_UNIT_COUNT);
        assertThat(plan.units().stream().filter(u -> u.kind() == UnitKind.TEAM)).hasSize(1);
        assertThat(plan.cityCount()).isEqualTo(12);
        assertThat(plan.cityCount() + plan.countyCount()).isBetween(280, 320);
        assertThat(plan.groupCount()).isBetween(2_700, 3_300);
        assertThat(plan.workUnits().stream().map(RosterPlan.PlannedWorkUnit::name).distinct()).hasSize(200);
    }

    @Test
    void groupsHaveFiveToFifteenCurrentMembersFromDifferentWorkUnitsAndOneLeader() {
        Map<Integer, List<PlannedMembership>> byGroup = plan.memberships().stream()
                .filter(s -> s.leftOn() == null && plan.units().get(s.unit()).kind() == UnitKind.GROUP)
                .collect(Collectors.groupingBy(PlannedMembership::unit));
        assertThat(byGroup).hasSize(plan.groupCount());
        byGroup.forEach((group, current) -> {
            assertThat(current).hasSizeBetween(RosterPlan.MIN_GROUP, RosterPlan.MAX_GROUP);
            assertThat(current.stream().filter(s -> s.position() == Position.GROUP_LEADER)).hasSize(1);
            Set<Integer> workUnits = current.stream().map(s -> plan.members().get(s.member()).workUnit())
                    .collect(Collectors.toSet());
            assertThat(workUnits).hasSameSizeAs(current);
        });
    }

    @Test
    void everyMemberIsInAGroupWithAUniqueElevenDigitMobile() {
        Set<String> mobiles = new HashSet<>();
        plan.members().forEach(m -> {
            assertThat(m.mobile()).matches("1\\d{10}").doesNotStartWith("138").doesNotStartWith("134");
            assertThat(mobiles.add(m.mobile())).as(m.mobile()).isTrue();
            assertThat(m.name()).hasSizeBetween(2, 3);
        });
        Set<Integer> inAGroup = plan.memberships().stream().map(PlannedMembership::member).collect(Collectors.toSet());
        assertThat(inAGroup).hasSize(plan.members().size());
    }

    @Test
    void nobodyIsTwiceInTheSameUnitAtOnce() {
        Map<String, Integer> open = new HashMap<>();
        plan.memberships().stream().filter(s -> s.leftOn() == null)
                .forEach(s -> open.merge(s.member() + "/" + s.unit(), 1, Integer::sum));
        assertThat(open.values()).containsOnly(1);
        plan.memberships().stream().filter(s -> s.leftOn() != null)
                .forEach(s -> assertThat(s.leftOn()).isAfterOrEqualTo(s.joinedOn()));
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        for (int i = 1; i < plan.units().size(); i++) {
            assertThat(plan.units().get(i).parent()).isBetween(0, i - 1);
        }
    }

    @Test
    void smallRostersWork() {
        RosterPlan small = RosterPlan.of(5, 1);
        assertThat(small.members()).hasSize(5);
        assertThat(small.groupCount()).isEqualTo(1);
        assertThatThrownBy(() -> RosterPlan.of(4, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
