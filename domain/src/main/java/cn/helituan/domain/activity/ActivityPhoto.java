package cn.helituan.domain.activity;

import cn.helituan.domain.photo.PhotoRecord;
import cn.helituan.domain.photo.PhotoUpload;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A photo as evidence of an activity: what the file says of itself ({@link PhotoRecord}). The image and its thumbnail
 * are kept beside it and read only through {@link ActivityPhotos}.
 */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto extends PhotoRecord {

    /** A photo taken this many days before the activity's day is flagged on the page. */
    public static final int EARLIER_THAN_USUAL_DAYS = 7;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    protected ActivityPhoto() {
    }

    ActivityPhoto(Activity activity, PhotoUpload upload) {
        super(upload);
        this.activity = activity;
    }

    void remove() {
        markRemoved();
    }

    /** Whether the photo's own capture time lies well before the activity's day (or after it). */
    public boolean takenOffDay(LocalDate occurredOn) {
        if (getTakenAt() == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(getTakenAt().toLocalDate(), occurredOn);
        return days > EARLIER_THAN_USUAL_DAYS || days < -1;
    }

    public Activity getActivity() {
        return activity;
    }
}
