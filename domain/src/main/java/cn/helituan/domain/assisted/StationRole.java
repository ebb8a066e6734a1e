package cn.helituan.domain.assisted;

/** A stationed cadre's place in a village's work team (驻村工作队). */
public enum StationRole {
    /** 第一书记: at most one open per village. */
    FIRST_SECRETARY,
    /** 工作队长: at most one open per village. */
    TEAM_LEADER,
    /** 工作队员. */
    TEAM_MEMBER
}
