package cn.helituan.domain.storage;

/**
 * Where photos' bytes are kept: PostgreSQL (the photo rows' own columns, the default and the embedded deployment's), a
 * directory of files (a machine's disk or a shared volume) or an S3-compatible object store (MinIO, a cloud's), chosen
 * by {@code helituan.storage.type} (docs/architecture.md, "Photos in an object store"). Nothing here is
 * transactional in the object store: an image written for a row whose transaction then rolls back stays behind
 * unseen (its key names a row id that is never handed out again).
 */
public interface BlobStore {

    /** Keeps the bytes under the key, replacing what was there. */
    void put(BlobKey key, byte[] bytes);

    /** The bytes under the key; null if nothing is kept there. */
    byte[] get(BlobKey key);

    /** Forgets the bytes under the key (only the migration between stores does, once they are kept in the other). */
    void remove(BlobKey key);

    /** Whether this is the database itself (the photo rows' columns). */
    boolean database();
}
