package cn.helituan.domain.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the matching suggestions weigh, read in one statement for the groups and one for the resources (the store's
 * business; {@link DemandMatcher} only scores).
 */
public interface MatchingFacts {

    /**
     * Every group (not archived) under the path (null: whole deployment), with what it has in common with the object
     * and the category: pairing and place, members whose specialty, post or work unit fits the category's keywords,
     * members of each profile of Shaanxi's rule, resolved demands of the category, resources of it on offer.
     */
    List<GroupFacts> groups(String pathPrefix, long objectId, long categoryId, List<String> keywords, LocalDate today);

    /**
     * The resources with capacity left and not expired by {@code today} that the category or its keywords fit, of
     * groups under the path, of their members, and of work units (null path: every one). What is left of each may
     * be a few minutes old: {@link #remaining} reads it now.
     */
    List<ResourceFacts> resources(String pathPrefix, long categoryId, List<String> keywords, LocalDate today);

    /** What is left now of each resource still on offer (not archived, capacity left); the others are absent. */
    java.util.Map<Long, BigDecimal> remaining(java.util.Collection<Long> resourceIds);

    /**
     * A group's facts. {@code partyAffairs}, {@code economic}, {@code legal}, {@code science}: how many of its current
     * members have that profile (docs/matching.md).
     */
    record GroupFacts(long groupId, String name, boolean paired, boolean sameTown, boolean sameCounty, int fitting,
                      int partyAffairs, int economic, int legal, int science, int resolvedAlike,
                      boolean offersResources) {

        /** How many of its current members have the profile. */
        public int withProfile(cn.helituan.domain.assisted.CadreProfile profile) {
            return switch (profile) {
                case PARTY_AFFAIRS -> partyAffairs;
                case ECONOMIC -> economic;
                case LEGAL -> legal;
                case SCIENCE -> science;
            };
        }
    }

    /** A resource's facts; {@code homeGroupId}: its group, its member's group, or null (a work unit's). */
    record ResourceFacts(long resourceId, String title, String declaredBy, boolean sameCategory, boolean keywordFit,
                         BigDecimal capacity, BigDecimal remaining, CapacityUnit unit, LocalDate availableTo,
                         Long homeGroupId) {

        public ResourceFacts withRemaining(BigDecimal now) {
            return new ResourceFacts(resourceId, title, declaredBy, sameCategory, keywordFit, capacity, now, unit,
                    availableTo, homeGroupId);
        }
    }
}
