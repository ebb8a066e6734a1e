package cn.helituan.persistence.activity;

/** The bytes of activity photos, in SQL: the entity maps only what the file says of itself. */
interface JpaPhotoBytes {

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
