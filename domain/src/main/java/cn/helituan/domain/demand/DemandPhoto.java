package cn.helituan.domain.demand;

import cn.helituan.domain.photo.PhotoRecord;
import cn.helituan.domain.photo.PhotoUpload;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A photo of a demand (the problem as the village sees it): what the file says of itself ({@link PhotoRecord}); its
 * image and thumbnail are read through {@link DemandPhotos}.
 */
@Entity
@Table(name = "demand_photo")
public class DemandPhoto extends PhotoRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "demand_id")
    private Demand demand;

    protected DemandPhoto() {
    }

    DemandPhoto(Demand demand, PhotoUpload upload) {
        super(upload);
        this.demand = demand;
    }

    void remove() {
        markRemoved();
    }

    public Demand getDemand() {
        return demand;
    }
}
