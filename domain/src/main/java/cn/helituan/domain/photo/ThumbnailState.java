package cn.helituan.domain.photo;

/**
 * Where a stored photo's thumbnail stands: made after the commit by the {@code photo-thumbnail} job (pending until
 * then), made, or not made because the image does not decode (a file damaged inside, which its header did not show).
 */
public enum ThumbnailState {
    PENDING,
    READY,
    UNREADABLE
}
