package cn.helituan.domain.supervision;

import cn.helituan.domain.photo.PhotoRecord;
import cn.helituan.domain.photo.PhotoUpload;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A photo of a finding (what was seen, the correction's evidence), kept as a demand's photo is. */
@Entity
@Table(name = "supervision_finding_photo")
public class FindingPhoto extends PhotoRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id")
    private Finding finding;

    protected FindingPhoto() {
    }

    FindingPhoto(Finding finding, PhotoUpload upload) {
        super(upload);
        this.finding = finding;
    }

    void remove() {
        markRemoved();
    }

    public Finding getFinding() {
        return finding;
    }
}
