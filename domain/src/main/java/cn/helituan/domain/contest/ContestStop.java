package cn.helituan.domain.contest;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A stop of a round, in visiting order: a village (an assisted object) or a town (a region), the day of the visit
 * and the organiser's comment on it (点评).
 */
@Entity
@Table(name = "contest_stop")
public class ContestStop extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private ContestRound round;
    @Column(nullable = false)
    private int position;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id", updatable = false)
    private AssistedObject object;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", updatable = false)
    private Region region;
    @Column(nullable = false)
    private LocalDate visitOn;
    @Column(length = 2000)
    private String organiserComment;

    protected ContestStop() {
    }

    ContestStop(ContestRound round, int position, AssistedObject object, Region region, LocalDate visitOn) {
        this.round = round;
        this.position = position;
        this.object = object;
        this.region = region;
        this.visitOn = visitOn;
    }

    void comment(String text) {
        this.organiserComment = text;
    }

    void moveTo(LocalDate day) {
        this.visitOn = day;
    }

    /** The village's or the town's name. */
    public String getName() {
        return object != null ? object.getName() : region.getName();
    }

    @Override
    public String label() {
        return getName();
    }

    public ContestRound getRound() {
        return round;
    }

    public int getPosition() {
        return position;
    }

    public AssistedObject getObject() {
        return object;
    }

    public Region getRegion() {
        return region;
    }

    public LocalDate getVisitOn() {
        return visitOn;
    }

    public String getOrganiserComment() {
        return organiserComment;
    }
}
