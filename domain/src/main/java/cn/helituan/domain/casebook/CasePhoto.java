package cn.helituan.domain.casebook;

import cn.helituan.domain.photo.PhotoRecord;
import cn.helituan.domain.photo.PhotoUpload;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A photo of a case (what the file says of itself, {@link PhotoRecord}); its image and thumbnail are read through
 * {@link CasePhotos}. Taken from the contest stop the case was drafted from, or added by its author.
 */
@Entity
@Table(name = "case_photo")
public class CasePhoto extends PhotoRecord {

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    /** The stop's photo it was copied from, when the draft was pre-filled from a contest stop. */
    @Column(name = "from_stop_photo_id", updatable = false)
    private Long fromStopPhotoId;

    protected CasePhoto() {
    }

    CasePhoto(long caseId, PhotoUpload upload, Long fromStopPhotoId) {
        super(upload);
        this.caseId = caseId;
        this.fromStopPhotoId = fromStopPhotoId;
    }

    void remove() {
        markRemoved();
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getFromStopPhotoId() {
        return fromStopPhotoId;
    }
}
