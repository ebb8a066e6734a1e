package cn.helituan.domain.message;

/** How many accounts an announcement reached and how many of them have read it. */
public record AnnouncementCount(long announcementId, long received, long read) {
}
