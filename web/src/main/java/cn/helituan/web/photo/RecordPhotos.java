package cn.helituan.web.photo;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoBytes;
import cn.helituan.domain.photo.PhotoRecord;
import cn.helituan.domain.photo.PhotoUpload;

/**
 * How one feature's service does each step on a record's photos, given as its own methods
 * ({@code new RecordPhotos(access::get, photos::addPhoto, …)}): the record lookup with the reader's scope check
 * (refusing with 404/403; what it returns is not used), adding, serving, taking off. The service checks the scope in every step.
 */
public record RecordPhotos(Lookup readable, Add add, Serve bytes, Remove remove) {

    /** Finds the record in the reader's scope, or refuses. */
    @FunctionalInterface
    public interface Lookup {
        void find(Scope scope, long id);
    }

    @FunctionalInterface
    public interface Add {
        void add(Scope scope, long id, PhotoUpload upload);
    }

    @FunctionalInterface
    public interface Serve {
        PhotoBytes bytes(Scope scope, long id, long photoId, boolean thumbnail);
    }

    @FunctionalInterface
    public interface Remove {
        void remove(Scope scope, long id, long photoId);
    }

    /** A stored photo of the record, in the reader's scope. */
    @FunctionalInterface
    public interface Photo {
        PhotoRecord photo(Scope scope, long id, long photoId);
    }

    /** A stored photo's image or thumbnail, in the reader's scope. */
    @FunctionalInterface
    public interface Bytes {
        byte[] bytes(Scope scope, long id, long photoId, boolean thumbnail);
    }

    /** Serving from a service that gives the photo and its bytes apart: the photo's own type, a thumbnail's JPEG. */
    public static Serve typed(Photo photo, Bytes bytes) {
        return (scope, id, photoId, thumbnail) -> new PhotoBytes(
                thumbnail ? "image/jpeg" : photo.photo(scope, id, photoId).getContentType(),
                bytes.bytes(scope, id, photoId, thumbnail));
    }
}
