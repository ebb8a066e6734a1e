package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rotation (轮换): the outgoing stationing ends on its day, the incoming one (same village, same role) starts the day
 * after. Its handover record (交接记录): what was open in the village ({@link HandoverItem}s, counted from the
 * product's records when written), the village's situation in words, and both cadres' sign-off. Once anyone has
 * signed, the handover is frozen; each cadre signs once. The daily job notes the account switch on the end day and
 * the opening on the start day.
 */
@Entity
@Table(name = "station_rotation")
public class Rotation extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outgoing_id")
    private Stationing outgoing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incoming_id")
    private Stationing incoming;

    private String openItems = "";

    private String situation;

    /** A user name: the history's entry names the person who did it. */
    @HistoryIgnore
    private String outgoingSignedBy;

    private Instant outgoingSignedAt;

    @HistoryIgnore
    private String incomingSignedBy;

    private Instant incomingSignedAt;

    private LocalDate outgoingClosedOn;

    private LocalDate incomingOpenedOn;

    protected Rotation() {
    }

    Rotation(Stationing outgoing, Stationing incoming, List<HandoverItem> open, String situation) {
        this.object = outgoing.getObject();
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.openItems = HandoverItem.write(open);
        this.situation = situation;
    }

    /** Rewrites the handover while nobody has signed it. */
    void describe(List<HandoverItem> open, String situation) {
        if (isSignedByAnyone()) {
            throw RuleViolation.global("rotation.signed");
        }
        this.openItems = HandoverItem.write(open);
        this.situation = situation;
    }

    void signOutgoing(String by, Instant at) {
        if (outgoingSignedBy != null) {
            throw RuleViolation.global("rotation.alreadySigned");
        }
        outgoingSignedBy = by;
        outgoingSignedAt = at;
    }

    void signIncoming(String by, Instant at) {
        if (incomingSignedBy != null) {
            throw RuleViolation.global("rotation.alreadySigned");
        }
        incomingSignedBy = by;
        incomingSignedAt = at;
    }

    /**
     * The outgoing cadre's account on the village is switched off once the end day is over — on the incoming cadre's
     * first day — so that the last day can still be checked in and the handover signed (once).
     */
    boolean closeOutgoing(LocalDate day) {
        if (outgoingClosedOn != null || !day.isAfter(outgoing.getEndsOn())) {
            return false;
        }
        outgoingClosedOn = day;
        return true;
    }

    /** The incoming cadre's stationing is in force from the day (once). */
    boolean openIncoming(LocalDate day) {
        if (incomingOpenedOn != null || day.isBefore(incoming.getStartsOn())) {
            return false;
        }
        incomingOpenedOn = day;
        return true;
    }

    public boolean isSignedByAnyone() {
        return outgoingSignedBy != null || incomingSignedBy != null;
    }

    /** Signed off by both: the handover is done. */
    public boolean isHandedOver() {
        return outgoingSignedBy != null && incomingSignedBy != null;
    }

    public List<HandoverItem> getOpen() {
        return openItems == null ? new ArrayList<>() : HandoverItem.read(openItems);
    }

    @Override
    public String label() {
        return outgoing.getMember().getName() + " → " + incoming.getMember().getName() + " — " + object.getName();
    }

    public AssistedObject getObject() {
        return object;
    }

    public Stationing getOutgoing() {
        return outgoing;
    }

    public Stationing getIncoming() {
        return incoming;
    }

    public String getOpenItems() {
        return openItems;
    }

    public String getSituation() {
        return situation;
    }

    public String getOutgoingSignedBy() {
        return outgoingSignedBy;
    }

    public Instant getOutgoingSignedAt() {
        return outgoingSignedAt;
    }

    public String getIncomingSignedBy() {
        return incomingSignedBy;
    }

    public Instant getIncomingSignedAt() {
        return incomingSignedAt;
    }

    public LocalDate getOutgoingClosedOn() {
        return outgoingClosedOn;
    }

    public LocalDate getIncomingOpenedOn() {
        return incomingOpenedOn;
    }
}
