package cn.helituan.persistence.station;

import java.time.LocalTime;

/** The bytes of check-in photos, in SQL: the entity maps only what the file says of itself. */
interface JpaCheckInBytes {

    void writeBytes(long checkInId, byte[] content, byte[] thumbnail, LocalTime thumbnailAt);

    byte[] bytes(long checkInId, boolean thumbnail);
}
