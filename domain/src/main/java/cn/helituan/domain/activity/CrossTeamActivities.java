package cn.helituan.domain.activity;

/**
 * What the activity log asks of the cross-town service teams about an activity done for one (implemented by the
 * {@code crossteam} feature, which comes after this one): whether the reader reads the team.
 */
public interface CrossTeamActivities {

    boolean reads(cn.helituan.domain.common.Scope scope, long crossTeamId);
}
