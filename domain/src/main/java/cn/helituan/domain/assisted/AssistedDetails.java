package cn.helituan.domain.assisted;

import java.util.Set;

/**
 * What a user fills in for an assisted object. Which of the kind-specific fields count depends on the kind: a
 * village keeps categories, population and households; a community its goals; an enterprise its chain and scale; a
 * school or hospital its level. The others are cleared.
 */
public record AssistedDetails(AssistedKind kind, String name, String code, Long regionId, String contactName,
                              String contactPhone, String notes, Set<VillageCategory> categories,
                              Set<CommunityGoal> goals, Integer population, Integer households, Long chainId,
                              EnterpriseScale scale, String level) {
}
