package cn.helituan.domain.activity;

/**
 * An activity was logged (or edited) for a project of its group: the demand feature starts the project's demand
 * (idempotent), in the writing transaction.
 */
public record ActivityLoggedForProject(long projectId) {
}
