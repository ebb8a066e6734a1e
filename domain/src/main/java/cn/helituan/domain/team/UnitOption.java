package cn.helituan.domain.team;

import cn.helituan.domain.common.Choice;

/** A unit as a filter choice: its id, name and depth (for indenting), without loading the entity. */
public record UnitOption(Long id, String name, int depth) implements Choice {
}
