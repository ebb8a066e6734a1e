package cn.helituan.domain.photo;

import java.time.LocalDateTime;

/** A photo checked by its content (the web layer reads it): its type, pixels, capture time, bytes and thumbnail. */
public record PhotoUpload(String contentType, int width, int height, LocalDateTime takenAt, byte[] content,
                          byte[] thumbnail) {
}
