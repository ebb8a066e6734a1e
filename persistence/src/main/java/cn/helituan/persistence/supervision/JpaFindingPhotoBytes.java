package cn.helituan.persistence.supervision;

/** The bytes of finding photos, in SQL: the entity maps only what the file says of itself. */
interface JpaFindingPhotoBytes {

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
