package cn.helituan.domain.photo;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * What a stored photo's file says of itself (type, size, pixels, the camera's own capture time), shared by an
 * activity's and a demand's photos; the image and its thumbnail are kept beside the record and read apart from it.
 * The thumbnail is made after the commit by the {@code photo-thumbnail} job ({@link PhotoThumbnails}), which writes
 * its state by SQL: the entity writes it only when inserted. Removed by marking, never deleted.
 */
@MappedSuperclass
public abstract class PhotoRecord extends AuditedEntity implements Labeled {

    private String contentType;
    private long byteSize;
    private int width;
    private int height;
    private LocalDateTime takenAt;
    private boolean removed;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    @HistoryIgnore
    private ThumbnailState thumbnailState;

    protected PhotoRecord() {
    }

    protected PhotoRecord(PhotoUpload upload) {
        this.contentType = upload.contentType();
        this.byteSize = upload.content().length;
        this.width = upload.width();
        this.height = upload.height();
        this.takenAt = upload.takenAt();
        this.thumbnailState = upload.thumbnail() == null ? ThumbnailState.PENDING : ThumbnailState.READY;
    }

    protected void markRemoved() {
        this.removed = true;
    }

    @Override
    public String label() {
        return contentType + " " + width + "×" + height;
    }

    public String getContentType() {
        return contentType;
    }

    public long getByteSize() {
        return byteSize;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public boolean isRemoved() {
        return removed;
    }

    public ThumbnailState getThumbnailState() {
        return thumbnailState;
    }

    /** The thumbnail job found the image damaged inside (no thumbnail; the file is kept as it came). */
    public boolean isUnreadable() {
        return thumbnailState == ThumbnailState.UNREADABLE;
    }
}
