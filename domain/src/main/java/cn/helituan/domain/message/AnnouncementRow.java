package cn.helituan.domain.message;

/** An announcement on the admin's list: how many accounts received it and how many have read it. */
public record AnnouncementRow(Announcement announcement, long received, long read) {
}
