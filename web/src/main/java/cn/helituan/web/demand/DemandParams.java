package cn.helituan.web.demand;

import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.domain.demand.Urgency;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The demand list's filters as the address carries them ({@code ?status=RAISED&category=3&overdue=true}). */
public class DemandParams {

    private DemandStatus status;
    private boolean open;
    private Long category;
    private Urgency urgency;
    private boolean overdue;
    private Long object;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    public DemandQuery toQuery() {
        return new DemandQuery(status, open, category, urgency, overdue, object, from, to);
    }

    public DemandStatus getStatus() {
        return status;
    }

    public void setStatus(DemandStatus status) {
        this.status = status;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public Long getObject() {
        return object;
    }

    public void setObject(Long object) {
        this.object = object;
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
}
