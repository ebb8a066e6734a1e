package cn.helituan.domain.notification;

/** What a line of a notification is: a sub-team's month, a group's (ranked), a highlight, a group without activity. */
public enum LineKind {
    SUB_TEAM,
    GROUP,
    HIGHLIGHT,
    SILENT
}
