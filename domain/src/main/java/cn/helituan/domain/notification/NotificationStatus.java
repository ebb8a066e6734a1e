package cn.helituan.domain.notification;

/** A notification is generated as a draft, published once reviewed; a draft generated again is superseded. */
public enum NotificationStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
