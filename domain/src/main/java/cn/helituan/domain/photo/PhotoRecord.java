package cn.helituan.domain.photo;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * What a stored photo's file says of itself (type, size, pixels, the camera's own capture time), shared by an
 * activity's and a demand's photos; the image and its thumbnail are kept beside the record and read apart from it.
 * Removed by marking, never deleted.
 */
@MappedSuperclass
public abstract class PhotoRecord extends AuditedEntity implements Labeled {

    private String contentType;
    private long byteSize;
    private int width;
    private int height;
    private LocalDateTime takenAt;
    private boolean removed;

    protected PhotoRecord() {
    }

    protected PhotoRecord(PhotoUpload upload) {
        this.contentType = upload.contentType();
        this.byteSize = upload.content().length;
        this.width = upload.width();
        this.height = upload.height();
        this.takenAt = upload.takenAt();
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
}
