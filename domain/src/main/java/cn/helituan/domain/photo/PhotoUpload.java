package cn.helituan.domain.photo;

import java.time.LocalDateTime;

/**
 * A photo checked by its content (the web layer reads its header): its type, pixels, capture time and bytes; its
 * thumbnail when one is at hand (a copy of a stored photo's), else null — made after the commit by the
 * {@code photo-thumbnail} job ({@link PhotoThumbnails}).
 */
public record PhotoUpload(String contentType, int width, int height, LocalDateTime takenAt, byte[] content,
                          byte[] thumbnail) {
}
