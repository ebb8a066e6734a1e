package cn.helituan.domain.photo;

/** A photo's image (or its thumbnail) and its type, as it is served. */
public record PhotoBytes(String contentType, byte[] bytes) {
}
