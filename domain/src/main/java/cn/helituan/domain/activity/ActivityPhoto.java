package cn.helituan.domain.activity;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A photo as evidence of an activity: what the file says of itself (type, size, pixels, its own capture time). The
 * image and its thumbnail are kept beside it and read only through {@link ActivityPhotos}.
 */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto extends AuditedEntity implements Labeled {

    /** A photo taken this many days before the activity's day is flagged on the page. */
    public static final int EARLIER_THAN_USUAL_DAYS = 7;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    private String contentType;
    private long byteSize;
    private int width;
    private int height;
    private LocalDateTime takenAt;
    private boolean removed;

    protected ActivityPhoto() {
    }

    ActivityPhoto(Activity activity, PhotoUpload upload) {
        this.activity = activity;
        this.contentType = upload.contentType();
        this.byteSize = upload.content().length;
        this.width = upload.width();
        this.height = upload.height();
        this.takenAt = upload.takenAt();
    }

    void remove() {
        this.removed = true;
    }

    /** Whether the photo's own capture time lies well before the activity's day (or after it). */
    public boolean takenOffDay(LocalDate occurredOn) {
        if (takenAt == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(takenAt.toLocalDate(), occurredOn);
        return days > EARLIER_THAN_USUAL_DAYS || days < -1;
    }

    @Override
    public String label() {
        return contentType + " " + width + "×" + height;
    }

    public Activity getActivity() {
        return activity;
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
