package cn.helituan.persistence.demand;

/** The bytes of demand photos, in SQL: the entity maps only what the file says of itself. */
interface JpaDemandPhotoBytes {

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
