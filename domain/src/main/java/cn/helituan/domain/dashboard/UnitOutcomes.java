package cn.helituan.domain.dashboard;

import cn.helituan.domain.team.UnitKind;

/** One unit under the scope (a sub-team of a team, a group of a sub-team) with its figures for the period. */
public record UnitOutcomes(long unitId, String name, UnitKind kind, boolean archived, Outcomes outcomes) {
}
