package cn.helituan.domain.assisted;

import cn.helituan.domain.common.Choice;

/** A live region as a choice and as a row of the region tree: no entity loaded. */
public record RegionOption(Long id, String name, int depth, RegionLevel level, String code) implements Choice {
}
