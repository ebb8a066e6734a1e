package cn.helituan.domain.member;

import cn.helituan.domain.team.UnitKind;
import java.util.Arrays;
import java.util.List;

/** A member's position in a unit; each fits one kind of unit, except plain member which fits all. */
public enum Position {
    TEAM_LEADER(UnitKind.TEAM),
    DEPUTY_TEAM_LEADER(UnitKind.TEAM),
    TECH_LEADER(UnitKind.TEAM),
    ADMIN_LEADER(UnitKind.TEAM),
    SUB_TEAM_LEADER(UnitKind.SUB_TEAM),
    DEPUTY_SUB_TEAM_LEADER(UnitKind.SUB_TEAM),
    GROUP_LEADER(UnitKind.GROUP),
    DEPUTY_GROUP_LEADER(UnitKind.GROUP),
    CAPTAIN(UnitKind.GROUP),
    DEPUTY_CAPTAIN(UnitKind.GROUP),
    MEMBER(null);

    private final UnitKind unitKind;

    Position(UnitKind unitKind) {
        this.unitKind = unitKind;
    }

    public boolean fits(UnitKind kind) {
        return unitKind == null || unitKind == kind;
    }

    public boolean isLeading() {
        return this != MEMBER;
    }

    public static List<Position> fitting(UnitKind kind) {
        return Arrays.stream(values()).filter(p -> p.fits(kind)).toList();
    }
}
