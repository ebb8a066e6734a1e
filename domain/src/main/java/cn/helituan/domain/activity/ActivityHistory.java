package cn.helituan.domain.activity;

import cn.helituan.domain.history.HistoryEntry;

/**
 * A line of an activity's history: a save of the activity itself, of one object's confirmation (subject: the
 * object's name) or of one photo (subject: its number on the page), and which of the three it was ({@code entity}:
 * Activity, ActivityObject, ActivityPhoto, as the field labels are keyed).
 */
public record ActivityHistory(HistoryEntry entry, String entity, String subject) {
}
