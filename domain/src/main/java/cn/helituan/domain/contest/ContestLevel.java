package cn.helituan.domain.contest;

import cn.helituan.domain.team.UnitKind;

/** 乡镇擂台 (a town's sub-team visits its villages) or 县级擂台 (the county's team visits towns). */
public enum ContestLevel {
    TOWN,
    COUNTY;

    /** The kind of unit that organises a round of this level. */
    public UnitKind organiserKind() {
        return this == TOWN ? UnitKind.SUB_TEAM : UnitKind.TEAM;
    }
}
