package cn.helituan.domain.contest;

import cn.helituan.domain.photo.PhotoRecord;
import cn.helituan.domain.photo.PhotoUpload;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A photo of a stop (the visit's evidence); its image and thumbnail are read through {@link ContestStopPhotos}. */
@Entity
@Table(name = "contest_stop_photo")
public class ContestStopPhoto extends PhotoRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stop_id")
    private ContestStop stop;

    protected ContestStopPhoto() {
    }

    ContestStopPhoto(ContestStop stop, PhotoUpload upload) {
        super(upload);
        this.stop = stop;
    }

    void remove() {
        markRemoved();
    }

    public ContestStop getStop() {
        return stop;
    }
}
