package cn.helituan.persistence.station;

/** The bytes of check-in photos, in SQL: the entity maps only what the file says of itself. */
interface JpaCheckInBytes {

    void writeBytes(long checkInId, byte[] content, byte[] thumbnail);

    byte[] bytes(long checkInId, boolean thumbnail);
}
