package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotation (轮换) and its handover record (交接记录). The village's writers ({@link StationService#canWrite}: the org
 * admin, the sub-team leader whose pairing is in force) record it: the outgoing stationing's end day and the incoming
 * cadre, a member of theirs stationed the day after in the same role. The handover's text is written by them or the
 * outgoing cadre until someone signs; the outgoing and the incoming cadre each sign it with their own account. Readers:
 * the writers, the register's readers, both cadres.
 */
@Service
@RequiredArgsConstructor
public class RotationService {

    private final Rotations rotations;
    private final StationService stations;
    private final AssistedService assisted;
    private final RotationSwitch switches;
    private final List<HandoverItems> handoverItems;
    private final History history;
    private final Clock clock;

    /** A rotation as the form gives it: the outgoing's last day, the incoming's mobile, the village's situation. */
    public record Rotate(long version, LocalDate endsOn, String mobile, String situation) {
    }

    /** The stationing, if the scope writes its village's team; otherwise not found (or refused when it reads it). */
    @Transactional(readOnly = true)
    public Stationing writable(Scope scope, long stationingId) {
        Stationing stationing = stations.get(scope, stationingId);
        stations.writableObject(scope, stationing.getObject().getId());
        return stationing;
    }

    /** The open stationing the scope may rotate: {@link #writable}, and not ended. */
    @Transactional(readOnly = true)
    public Stationing outgoing(Scope scope, long stationingId) {
        Stationing stationing = writable(scope, stationingId);
        if (!stationing.isOpen()) {
            throw RuleViolation.global("stationing.ended");
        }
        return stationing;
    }

    /** Whether the scope records a rotation of the stationing (open, not already rotated, a writer of its village). */
    @Transactional(readOnly = true)
    public boolean canRotate(Scope scope, Stationing stationing) {
        return stationing.isOpen() && stations.canWrite(scope, stationing.getObject().getId());
    }

    /**
     * Ends the outgoing stationing on the day (today or later) and stations the incoming cadre the day after in the
     * same role, with the handover prefilled from the village's open records; on a rotation ending today the switch
     * happens at once, otherwise the daily job does it on the day.
     */
    @Transactional
    public Rotation rotate(Scope scope, long stationingId, Rotate rotate) {
        Stationing out = outgoing(scope, stationingId);
        LocalDate today = LocalDate.now(clock);
        if (rotate.endsOn() == null) {
            throw new RuleViolation("endsOn", "rotation.endsOn.required");
        }
        if (rotate.endsOn().isBefore(today) || rotate.endsOn().isBefore(out.getStartsOn())) {
            throw new RuleViolation("endsOn", "rotation.endsOn.past");
        }
        if (rotate.mobile() == null || rotate.mobile().isBlank()) {
            throw new RuleViolation("mobile", "stationings.mobile.required");
        }
        if (rotate.mobile().trim().equals(out.getMember().getMobile())) {
            throw new RuleViolation("mobile", "rotation.incoming.same");
        }
        long objectId = out.getObject().getId();
        assisted.endStationing(scope, objectId, stationingId, rotate.version(), rotate.endsOn());
        StationingRecord record = new StationingRecord(out.getRole(), null, out.getPost(), null, null, null, null,
                null, null, out.getSubsidyPerDay());
        Stationing in = stations.station(scope, objectId,
                new StationService.Station(rotate.mobile(), rotate.endsOn().plusDays(1), record));
        Rotation rotation = rotations.save(new Rotation(out, in, open(objectId, today), text(rotate.situation())));
        switches.switchOn(rotation, today);
        return rotation;
    }

    @Transactional(readOnly = true)
    public Rotation get(Scope scope, long id) {
        Rotation rotation = rotations.findById(id).orElseThrow(() -> new NotFoundException("rotation", id));
        if (!isCadre(scope, rotation) && !scope.canReadRegister()
                && !stations.canWrite(scope, rotation.getObject().getId())) {
            throw new NotFoundException("rotation", id);
        }
        rotation.getObject().getName();
        rotation.getOutgoing().getMember().getName();
        rotation.getIncoming().getMember().getName();
        return rotation;
    }

    /** The rotation a stationing the scope reads ends or begins by, if any. */
    @Transactional(readOnly = true)
    public Optional<Rotation> ofStationing(Scope scope, long stationingId) {
        stations.get(scope, stationingId);
        return rotations.ofStationing(stationingId).map(r -> get(scope, r.getId()));
    }

    /** Writes the handover's text again (and counts the open records again) while nobody has signed. */
    @Transactional
    public Rotation describe(Scope scope, long id, long version, String situation) {
        Rotation rotation = get(scope, id);
        if (!isMember(scope, rotation.getOutgoing()) && !stations.canWrite(scope, rotation.getObject().getId())) {
            throw new ForbiddenException("describe handover");
        }
        rotation.checkVersion(version);
        rotation.describe(open(rotation.getObject().getId(), LocalDate.now(clock)), text(situation));
        return rotation;
    }

    /** The outgoing or the incoming cadre signs the handover off, each once, with their own account. */
    @Transactional
    public Rotation sign(Scope scope, long id, long version) {
        Rotation rotation = get(scope, id);
        rotation.checkVersion(version);
        if (isMember(scope, rotation.getOutgoing())) {
            rotation.signOutgoing(scope.username(), clock.instant());
        } else if (isMember(scope, rotation.getIncoming())) {
            rotation.signIncoming(scope.username(), clock.instant());
        } else {
            throw new ForbiddenException("sign handover");
        }
        return rotation;
    }

    public boolean canDescribe(Scope scope, Rotation rotation) {
        return !rotation.isSignedByAnyone() && (isMember(scope, rotation.getOutgoing())
                || stations.canWrite(scope, rotation.getObject().getId()));
    }

    public boolean canSign(Scope scope, Rotation rotation) {
        return isMember(scope, rotation.getOutgoing()) && rotation.getOutgoingSignedBy() == null
                || isMember(scope, rotation.getIncoming()) && rotation.getIncomingSignedBy() == null;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(Rotation.class, id);
    }

    private List<HandoverItem> open(long objectId, LocalDate day) {
        List<HandoverItem> items = new ArrayList<>();
        handoverItems.forEach(source -> items.addAll(source.open(objectId, day)));
        return items;
    }

    private static String text(String situation) {
        return situation == null || situation.isBlank() ? null : situation.strip();
    }

    private static boolean isCadre(Scope scope, Rotation rotation) {
        return isMember(scope, rotation.getOutgoing()) || isMember(scope, rotation.getIncoming());
    }

    private static boolean isMember(Scope scope, Stationing stationing) {
        return scope.memberId() != null && scope.memberId().equals(stationing.getMember().getId());
    }
}
