package cn.helituan.domain.history;

/**
 * A line of the history of a record shown with its parts: a save of the record itself or of one part (subject: the
 * part's name on the page, as "青山村的确认" or "照片 1"), and which entity it was ({@code entity}: Activity,
 * ActivityObject, Project, ProjectMilestone…, as the field labels are keyed).
 */
public record PartHistory(HistoryEntry entry, String entity, String subject) {
}
