package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.assisted.AssistedKind;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The activity list's filters as the address carries them ({@code ?from=2026-01-01&type=3&unit=12&kind=VILLAGE}):
 * the list, its timeline and its export read the same ones.
 */
public class ActivityParams {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private Long type;
    private ActivityStatus status;
    private Long unit;
    private Long object;
    private AssistedKind kind;
    private Long project;

    public ActivityQuery toQuery() {
        return new ActivityQuery(from, to, type, status, unit, object, kind, project);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getType() {
        return type;
    }

    public void setType(Long type) {
        this.type = type;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Long getObject() {
        return object;
    }

    public void setObject(Long object) {
        this.object = object;
    }

    public AssistedKind getKind() {
        return kind;
    }

    public void setKind(AssistedKind kind) {
        this.kind = kind;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }
}
