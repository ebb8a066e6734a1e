package cn.helituan.persistence.contest;

/** The bytes of stop photos, in SQL: the entity maps only what the file says of itself. */
interface JpaContestStopPhotoBytes {

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
