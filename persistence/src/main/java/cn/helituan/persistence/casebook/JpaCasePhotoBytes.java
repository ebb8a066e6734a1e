package cn.helituan.persistence.casebook;

/** The bytes of case photos, in the configured store: the entity maps only what the file says of itself. */
interface JpaCasePhotoBytes {

    void writeBytes(long photoId, byte[] content, byte[] thumbnail);

    byte[] bytes(long photoId, boolean thumbnail);
}
