package cn.helituan.domain.activity;

/** What a list shows of an activity's photos: how many, and the first one's thumbnail. */
public record PhotoSummary(long activityId, long firstPhotoId, long count) {
}
