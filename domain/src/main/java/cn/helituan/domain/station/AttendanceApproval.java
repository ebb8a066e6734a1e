package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A village's monthly attendance sheet as approved (考勤表审核): who, when, and its figures then (frozen); approved
 * again after a change, the history keeps the earlier approval.
 */
@Entity
@Table(name = "station_attendance_approval")
public class AttendanceApproval extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    private LocalDate month;

    private String figures;

    /** A user name: the history's entry names the person who did it. */
    @HistoryIgnore
    private String approvedBy;

    private Instant approvedAt;

    protected AttendanceApproval() {
    }

    AttendanceApproval(AssistedObject object, LocalDate month) {
        this.object = object;
        this.month = month;
    }

    void approve(String figures, String by, Instant at) {
        this.figures = figures;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public AssistedObject getObject() {
        return object;
    }

    public LocalDate getMonth() {
        return month;
    }

    public String getFigures() {
        return figures;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
