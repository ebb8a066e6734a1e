package cn.helituan.domain.member;

import cn.helituan.domain.common.Choice;

/** A work unit as a filter choice: its id and name, without loading the entity. */
public record WorkUnitOption(Long id, String name) implements Choice {
}
