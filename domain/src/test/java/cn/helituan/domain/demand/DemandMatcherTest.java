package cn.helituan.domain.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.demand.MatchingFacts.GroupFacts;
import cn.helituan.domain.demand.MatchingFacts.ResourceFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The matching score on a small fixture whose ranking was worked out by hand from the table in docs/matching.md.
 * The demand: 青山村 (a poor, industry village) needs skills training, wanted by 1 June 2027.
 */
class DemandMatcherTest {

    private static final LocalDate WANTED_BY = LocalDate.of(2027, 6, 1);
    private static final Set<VillageCategory> QINGSHAN = Set.of(VillageCategory.POOR, VillageCategory.INDUSTRY);

    // paired 30; 2 fitting members 12; economic member for a poor village 10 + science for industry 10 = 20;
    // 1 resolved alike 4; offers resources 10  → 76
    private final GroupFacts tea = new GroupFacts(11, "茶产业合力小组", true, true, true, 2, 0, 1, 0, 1, 1, true);
    // same town 15; 5 fitting members 30 → capped 24; science 10 → 49
    private final GroupFacts science = new GroupFacts(12, "科技特派工作组", false, true, true, 5, 0, 0, 0, 3, 0, false);
    // same county 8; legal members do not count for this village (not disorderly); 4 resolved alike 16 → capped 12
    // → 20
    private final GroupFacts law = new GroupFacts(13, "乡村治理合力小组", false, false, true, 0, 2, 0, 3, 0, 4, false);
    // nothing in common: not suggested at all
    private final GroupFacts far = new GroupFacts(14, "外县小组", false, false, false, 0, 0, 0, 0, 0, 0, false);
    // equal to law by score (county 8 + 2 fitting 12 = 20), a higher id: ranks after it
    private final GroupFacts twin = new GroupFacts(15, "同分小组", false, false, true, 2, 0, 0, 0, 0, 0, false);

    @Test
    void groupsRankByTheirScoreWithEveryPointExplained() {
        List<Suggestion> ranked = DemandMatcher.rankGroups(List.of(far, law, twin, science, tea), QINGSHAN);

        assertThat(ranked).extracting(Suggestion::targetId).containsExactly(11L, 12L, 13L, 15L);
        assertThat(ranked).extracting(Suggestion::score).containsExactly(76, 49, 20, 20);
        assertThat(ranked.get(0).reasons()).extracting(Suggestion.Reason::key, Suggestion.Reason::points)
                .containsExactly(
                        tuple("match.reason.paired", 30),
                        tuple("match.reason.specialty", 12),
                        tuple("match.reason.profile", 20),
                        tuple("match.reason.resolved", 4),
                        tuple("match.reason.offers", 10));
        assertThat(ranked.get(1).reasons()).extracting(Suggestion.Reason::key)
                .as("paired elsewhere in the town, not with the object")
                .containsExactly("match.reason.town", "match.reason.specialty", "match.reason.profile");
        assertThat(ranked.get(1).reasons().get(1).count()).as("the members counted, though the points are capped")
                .isEqualTo(5);
    }

    @Test
    void shaanxisRuleGivesLegalCadresToDisorderlyVillagesOnly() {
        Set<VillageCategory> baiyun = Set.of(VillageCategory.DISORDERLY);
        List<Suggestion> ranked = DemandMatcher.rankGroups(List.of(tea, law), baiyun);
        // for a disorderly village the legal group gains 10; the tea group's economic and science members give nothing
        assertThat(ranked).extracting(Suggestion::targetId, Suggestion::score)
                .containsExactly(tuple(11L, 56), tuple(13L, 30));
        assertThat(ranked.get(1).reasons()).extracting(Suggestion.Reason::key).contains("match.reason.profile");
    }

    @Test
    void resourcesRankByCategoryCapacityPeriodAndTheirHomeGroup() {
        // category 40; 8 of 10 left 10; no end 10; home group tea: paired 20, 1 resolved 4 → 84
        ResourceFacts training = new ResourceFacts(21, "茶叶种植技术培训", "茶产业合力小组", true, false,
                new BigDecimal("10"), new BigDecimal("8"), CapacityUnit.DAYS, null, 11L);
        // category 40; 2 of 10 left 5; ends before the wished-for date 0; a work unit's (no home group) → 45
        ResourceFacts loan = new ResourceFacts(22, "技能培训补贴", "县人社局", true, false,
                new BigDecimal("10"), new BigDecimal("2"), CapacityUnit.YUAN, LocalDate.of(2027, 3, 31), null);
        // keyword only 20; all left 10; ends after the date 10; home group science: town 10 → 50
        ResourceFacts lecture = new ResourceFacts(23, "农技讲座", "李工", false, true,
                new BigDecimal("5"), new BigDecimal("5"), CapacityUnit.PLACES, LocalDate.of(2027, 12, 31), 12L);

        List<Suggestion> ranked = DemandMatcher.rankResources(List.of(loan, lecture, training),
                List.of(tea, science), WANTED_BY);

        assertThat(ranked).extracting(Suggestion::targetId).containsExactly(21L, 23L, 22L);
        assertThat(ranked).extracting(Suggestion::score).containsExactly(84, 50, 45);
        assertThat(ranked.get(2).reasons()).extracting(Suggestion.Reason::key)
                .containsExactly("match.reason.category", "match.reason.capacityLow");
        assertThat(ranked.get(0).remaining()).isEqualByComparingTo("8");
    }

    @Test
    void atMostTenOfEachAreShown() {
        List<GroupFacts> many = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(new GroupFacts(100 + i, "组" + i, false, false, true, i % 3, 0, 0, 0, 0, 0, false));
        }
        List<Suggestion> ranked = DemandMatcher.rankGroups(many, QINGSHAN);
        assertThat(ranked).hasSize(DemandMatcher.SHOWN);
        assertThat(ranked.get(0).score()).isGreaterThanOrEqualTo(ranked.get(9).score());
    }
}
