package cn.helituan.domain.common;

/** What an account may do; what it may see is its {@link Scope}. */
public enum Role {
    ORG_ADMIN,
    SUB_TEAM_LEADER,
    GROUP_LEADER,
    MEMBER,
    FIRST_SECRETARY,
    REVIEWER;

    public boolean scopedToUnit() {
        return this != FIRST_SECRETARY;
    }
}
