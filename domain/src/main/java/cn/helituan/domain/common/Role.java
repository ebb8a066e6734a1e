package cn.helituan.domain.common;

/** What an account may do; what it may see is its {@link Scope}. */
public enum Role {
    ORG_ADMIN,
    SUB_TEAM_LEADER,
    GROUP_LEADER,
    MEMBER,
    FIRST_SECRETARY,
    REVIEWER,
    /** 督导人员: a supervision group's inspector, scoped to a unit like a reviewer. */
    INSPECTOR,
    /**
     * 安全审计员: reads the security log and nothing else (三员分立: the org admin runs the system and cannot read or
     * clear the log). No unit: the log is the whole deployment's.
     */
    AUDITOR;

    public boolean scopedToUnit() {
        return this != FIRST_SECRETARY && this != AUDITOR;
    }
}
