package cn.helituan.domain.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the org admin sets on a round: its name, year and scope (fixed once opened: a team or sub-team of theirs, or
 * none for the whole deployment), the deadline, the grades in use, the top grade's quota in percent, each indicator's
 * weight and the reviewers' accounts.
 */
public record RoundForm(String name, Integer year, Long scopeUnitId, LocalDate deadline, Set<Grade> grades,
                        Integer topQuota, Map<Indicator, Integer> weights, Set<Long> reviewerIds) {
}
