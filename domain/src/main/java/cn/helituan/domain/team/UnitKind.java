package cn.helituan.domain.team;

/** 合力团 / 分团 / 合力小组. Local names (服务团, 服务队, 工作组, 特派团…) are kept on the unit itself. */
public enum UnitKind {
    TEAM,
    SUB_TEAM,
    GROUP;

    /** Whether a unit of this kind may sit directly under a unit of kind {@code parent}. */
    public boolean mayHaveParent(UnitKind parent) {
        return switch (this) {
            case TEAM -> parent == null;
            case SUB_TEAM, GROUP -> parent == TEAM || parent == SUB_TEAM;
        };
    }
}
