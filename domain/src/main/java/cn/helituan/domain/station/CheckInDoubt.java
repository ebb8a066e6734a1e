package cn.helituan.domain.station;

/** Why a check-in is doubtful (not refused): each reason is kept with it and shown beside it. */
public enum CheckInDoubt {
    /** The reported place is farther from the village than its radius. */
    OUTSIDE_RADIUS,
    /** The village has no coordinates: the distance is unknown. */
    VILLAGE_UNLOCATED,
    /** The browser said its position is less sure than the deployment's limit. */
    ACCURACY_POOR,
    /** The browser said nothing of its accuracy. */
    ACCURACY_MISSING,
    /** The photo's EXIF capture time is far from the server's time. */
    EXIF_TIME,
    /** The photo's EXIF position is far from the reported place. */
    EXIF_PLACE,
    /** The same photo (by its SHA-256) was used in an earlier check-in, by anyone. */
    PHOTO_REUSED,
    /** The same coordinates to the metre on several consecutive days (a fake-location app's habit). */
    PLACE_REPEATED
}
