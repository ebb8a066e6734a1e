package cn.helituan.domain.demand;

import cn.helituan.domain.activity.PhotoUpload;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A photo of a demand (the problem as the village sees it); its image and thumbnail are read through {@link DemandPhotos}. */
@Entity
@Table(name = "demand_photo")
public class DemandPhoto extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "demand_id")
    private Demand demand;

    private String contentType;
    private long byteSize;
    private int width;
    private int height;
    private LocalDateTime takenAt;
    private boolean removed;

    protected DemandPhoto() {
    }

    DemandPhoto(Demand demand, PhotoUpload upload) {
        this.demand = demand;
        this.contentType = upload.contentType();
        this.byteSize = upload.content().length;
        this.width = upload.width();
        this.height = upload.height();
        this.takenAt = upload.takenAt();
    }

    void remove() {
        removed = true;
    }

    @Override
    public String label() {
        return contentType + " " + width + "×" + height;
    }

    public Demand getDemand() {
        return demand;
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
