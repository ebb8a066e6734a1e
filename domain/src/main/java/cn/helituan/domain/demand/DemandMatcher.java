package cn.helituan.domain.demand;

import cn.helituan.domain.assisted.CadreProfile;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.demand.MatchingFacts.GroupFacts;
import cn.helituan.domain.demand.MatchingFacts.ResourceFacts;
import cn.helituan.domain.demand.Suggestion.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores groups and resources for a demand. Every point has a reason the page shows; the table is in
 * docs/matching.md, and a change here is a change there.
 *
 * <p>A group: paired with the demand's object +30, else paired with an object in the same town +15, else in the same
 * county +8; each member whose specialty, post or work unit fits the category +6 (at most 24); each of the object's
 * matching categories (弱村, 穷村, 乱村, 产业村) for which the group has a member of the fitting profile — Shaanxi's rule,
 * party-affairs cadres to weak villages, economic to poor, legal to disorderly, science to industry — +10 (at most
 * 20; the pairs are {@link CadreProfile}'s); each demand of the category the group resolved before +4 (at most 12); resources of the category on offer +10.
 *
 * <p>A resource: of the category +40, else its text names one of the category's keywords +20; more than half its
 * capacity left +10, else +5; available until the demand's wished-for date (or with no end) +10; and its home
 * group's place (paired +20, same town +10, same county +5) and resolved demands of the category (+4 each, at most
 * 12).
 *
 * <p>Ties rank by the lower id (the older record) so a ranking never shifts between two reads.
 */
public final class DemandMatcher {

    /** How many suggestions of each kind are shown. */
    public static final int SHOWN = 10;

    private DemandMatcher() {
    }

    public static List<Suggestion> rankGroups(List<GroupFacts> groups, Set<VillageCategory> objectCategories) {
        List<Suggestion> ranked = new ArrayList<>();
        for (GroupFacts g : groups) {
            List<Reason> reasons = new ArrayList<>(place(g));
            if (g.fitting() > 0) {
                reasons.add(new Reason("match.reason.specialty", Math.min(24, 6 * g.fitting()), g.fitting()));
            }
            int rule = 0;
            for (CadreProfile profile : CadreProfile.fitting(objectCategories)) {
                rule += g.withProfile(profile) > 0 ? 10 : 0;
            }
            if (rule > 0) {
                reasons.add(new Reason("match.reason.profile", Math.min(20, rule), 0));
            }
            if (g.resolvedAlike() > 0) {
                reasons.add(new Reason("match.reason.resolved", Math.min(12, 4 * g.resolvedAlike()),
                        g.resolvedAlike()));
            }
            if (g.offersResources()) {
                reasons.add(new Reason("match.reason.offers", 10, 0));
            }
            int score = reasons.stream().mapToInt(Reason::points).sum();
            if (score > 0) {
                ranked.add(new Suggestion(DemandSuggestion.Kind.GROUP, g.groupId(), g.name(), null, score,
                        List.copyOf(reasons), null, null));
            }
        }
        return top(ranked);
    }

    public static List<Suggestion> rankResources(List<ResourceFacts> resources, List<GroupFacts> groups,
                                                 LocalDate wantedBy) {
        return rankResources(resources, groups, wantedBy, SHOWN);
    }

    /** The best {@code most} resources (the matching page re-reads what is left of a few more than it shows). */
    public static List<Suggestion> rankResources(List<ResourceFacts> resources, List<GroupFacts> groups,
                                                 LocalDate wantedBy, int most) {
        Map<Long, GroupFacts> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.groupId(), g));
        List<Suggestion> ranked = new ArrayList<>();
        for (ResourceFacts r : resources) {
            List<Reason> reasons = new ArrayList<>();
            if (r.sameCategory()) {
                reasons.add(new Reason("match.reason.category", 40, 0));
            } else if (r.keywordFit()) {
                reasons.add(new Reason("match.reason.keyword", 20, 0));
            }
            boolean plenty = r.remaining().multiply(java.math.BigDecimal.valueOf(2)).compareTo(r.capacity()) > 0;
            reasons.add(new Reason(plenty ? "match.reason.capacity" : "match.reason.capacityLow", plenty ? 10 : 5, 0));
            if (r.availableTo() == null || wantedBy == null || !r.availableTo().isBefore(wantedBy)) {
                reasons.add(new Reason("match.reason.available", 10, 0));
            }
            GroupFacts home = r.homeGroupId() == null ? null : byId.get(r.homeGroupId());
            if (home != null) {
                reasons.addAll(resourcePlace(home));
                if (home.resolvedAlike() > 0) {
                    reasons.add(new Reason("match.reason.resolved", Math.min(12, 4 * home.resolvedAlike()),
                            home.resolvedAlike()));
                }
            }
            ranked.add(new Suggestion(DemandSuggestion.Kind.RESOURCE, r.resourceId(), r.title(), r.declaredBy(),
                    reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons), r.remaining(), r.unit()));
        }
        return top(ranked, most);
    }

    private static List<Reason> place(GroupFacts g) {
        if (g.paired()) {
            return List.of(new Reason("match.reason.paired", 30, 0));
        }
        if (g.sameTown()) {
            return List.of(new Reason("match.reason.town", 15, 0));
        }
        return g.sameCounty() ? List.of(new Reason("match.reason.county", 8, 0)) : List.of();
    }

    private static List<Reason> resourcePlace(GroupFacts g) {
        if (g.paired()) {
            return List.of(new Reason("match.reason.paired", 20, 0));
        }
        if (g.sameTown()) {
            return List.of(new Reason("match.reason.town", 10, 0));
        }
        return g.sameCounty() ? List.of(new Reason("match.reason.county", 5, 0)) : List.of();
    }

    private static List<Suggestion> top(List<Suggestion> ranked) {
        return top(ranked, SHOWN);
    }

    private static List<Suggestion> top(List<Suggestion> ranked, int most) {
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparingLong(Suggestion::targetId));
        return List.copyOf(ranked.subList(0, Math.min(most, ranked.size())));
    }
}
