package cn.helituan.domain.demand;

/** A project list's filters as the user chose them. */
public record ProjectQuery(Long groupId, ProjectStatus status, boolean overdue) {

    public static ProjectQuery ofGroup(long groupId) {
        return new ProjectQuery(groupId, null, false);
    }
}
