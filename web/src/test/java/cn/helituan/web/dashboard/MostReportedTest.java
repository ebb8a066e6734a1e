package cn.helituan.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.dashboard.Outcomes;
import cn.helituan.domain.dashboard.Period;
import cn.helituan.domain.dashboard.UnitOutcomes;
import cn.helituan.domain.team.UnitKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which units the dashboard's table shows of a province's hundreds, and the address of the whole table. */
class MostReportedTest {

    private static UnitOutcomes unit(long id, long reported) {
        return new UnitOutcomes(id, "分团" + id, UnitKind.SUB_TEAM, false,
                new Outcomes(reported, 0, 0, Map.of(), Map.of()));
    }

    @Test
    void theTwentyThatReportedMostMostFirstTheTreesOrderAmongEquals() {
        List<UnitOutcomes> tree = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            tree.add(unit(id, id % 3 == 0 ? 100 : id));
        }
        List<UnitOutcomes> shown = DashboardController.mostReported(tree);
        assertThat(shown).hasSize(DashboardController.UNITS_SHOWN);
        // the ten with 100 in the tree's order, then 29, 28, 26, 25, …
        assertThat(shown).extracting(UnitOutcomes::unitId).startsWith(3L, 6L, 9L, 12L, 15L, 18L, 21L, 24L, 27L, 30L,
                29L, 28L, 26L, 25L).endsWith(16L);
        assertThat(DashboardController.mostReported(tree.subList(0, 2))).extracting(UnitOutcomes::unitId)
                .containsExactly(2L, 1L);
    }

    @Test
    void theWholeTableKeepsTheDashboardsPeriod() {
        assertThat(DashboardController.periodQuery(Period.year(2025))).isEqualTo("period=YEAR&year=2025");
        assertThat(DashboardController.periodQuery(Period.quarter(2025, 4)))
                .isEqualTo("period=QUARTER&year=2025&quarter=4");
        assertThat(DashboardController.periodQuery(Period.month(YearMonth.of(2025, 3))))
                .isEqualTo("period=MONTH&month=2025-03");
        assertThat(DashboardController.periodQuery(Period.custom(YearMonth.of(2024, 6), YearMonth.of(2025, 6))))
                .isEqualTo("period=CUSTOM&from=2024-06&to=2025-06");
    }
}
