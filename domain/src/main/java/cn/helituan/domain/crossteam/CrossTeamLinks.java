package cn.helituan.domain.crossteam;

/** What the ledger asks of other features' records, answered by SQL in persistence. */
public interface CrossTeamLinks {

    /** Whether the activity was logged for the team and is not withdrawn. */
    boolean isTeamActivity(Long teamId, Long activityId);

    boolean projectExists(Long projectId);
}
