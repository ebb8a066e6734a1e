package cn.helituan.domain.station;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.Stationings;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Days away on duty (外出公务) and leave (请假/销假) of the stationed cadres. The cadre asks (for their stationing in
 * force today, within its term, not overlapping a request of theirs asked or approved) and reports back from leave;
 * the village's approvers — the sub-team leader whose group's pairing with the village is in force today, or the org
 * admin ({@link StationService#canWrite}) — approve or refuse once, never their own request. Readers: the cadre their
 * own, the approvers their villages', the department's register readers all.
 */
@Service
@RequiredArgsConstructor
public class AbsenceService {

    private final Absences absences;
    private final Stationings stationings;
    private final StationService stations;
    private final History history;
    private final Clock clock;

    /** What the cadre asks: away (with its reason) or leave, its days, and why. */
    public record Ask(AbsenceKind kind, AwayReason awayReason, LocalDate startsOn, LocalDate endsOn, String reason) {
    }

    /** The scope's stationing in force today, whose cadre asks for days away or leave. */
    @Transactional(readOnly = true)
    public Optional<Stationing> stationing(Scope scope) {
        if (scope.memberId() == null) {
            return Optional.empty();
        }
        List<Stationing> current = stationings.currentOfMember(scope.memberId(), LocalDate.now(clock));
        current.forEach(s -> s.getObject().getName());
        return current.stream().findFirst();
    }

    @Transactional
    public Absence ask(Scope scope, Ask ask) {
        Stationing stationing = stationing(scope).orElseThrow(() -> new ForbiddenException("not stationed"));
        if (ask.startsOn() == null) {
            throw new RuleViolation("startsOn", "absence.startsOn.required");
        }
        if (ask.endsOn() == null) {
            throw new RuleViolation("endsOn", "absence.endsOn.required");
        }
        if (ask.reason() == null || ask.reason().isBlank()) {
            throw new RuleViolation("reason", "absence.reason.required");
        }
        Absence absence = new Absence(stationing, ask.kind() == null ? AbsenceKind.LEAVE : ask.kind(),
                ask.awayReason(), ask.startsOn(), ask.endsOn(), ask.reason().strip());
        if (absences.overlapping(scope.memberId(), ask.startsOn(), ask.endsOn())) {
            throw new RuleViolation("startsOn", "absence.overlap");
        }
        return absences.save(absence);
    }

    /** One request with its village and cadre, if the scope reads it; otherwise not found. */
    @Transactional(readOnly = true)
    public Absence get(Scope scope, long id) {
        Absence absence = absences.findById(id).orElseThrow(() -> new NotFoundException("absence", id));
        if (!own(scope, absence) && !scope.canReadRegister() && !stations.canWrite(scope, absence.getObject().getId())) {
            throw new NotFoundException("absence", id);
        }
        absence.getObject().getName();
        absence.getMember().getName();
        return absence;
    }

    /** Whether the scope approves or refuses the request: the village's approver, never the cadre themself. */
    @Transactional(readOnly = true)
    public boolean canDecide(Scope scope, Absence absence) {
        return !own(scope, absence) && absence.getStatus() == AbsenceStatus.REQUESTED
                && (scope.role() == Role.ORG_ADMIN || scope.role() == Role.SUB_TEAM_LEADER)
                && stations.canWrite(scope, absence.getObject().getId());
    }

    @Transactional
    public Absence decide(Scope scope, long id, long version, boolean approve, String note) {
        Absence absence = get(scope, id);
        if (own(scope, absence) || !stations.canWrite(scope, absence.getObject().getId())
                || (scope.role() != Role.ORG_ADMIN && scope.role() != Role.SUB_TEAM_LEADER)) {
            throw new ForbiddenException("decide absence");
        }
        absence.checkVersion(version);
        absence.decide(approve, note, scope.username(), clock.instant());
        return absence;
    }

    /** 销假: the cadre reports back today from their approved leave. */
    @Transactional
    public Absence reportBack(Scope scope, long id, long version) {
        Absence absence = get(scope, id);
        if (!own(scope, absence)) {
            throw new ForbiddenException("report back");
        }
        absence.checkVersion(version);
        absence.reportBack(LocalDate.now(clock));
        return absence;
    }

    /** The requests the scope reads (its own as a cadre; its villages' as an approver; all to the department). */
    @Transactional(readOnly = true)
    public Page<Absence> list(Scope scope, AbsenceStatus status, AbsenceKind kind, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        if (scope.canReadRegister()) {
            return absences.search(null, today, null, status, kind, pageable);
        }
        if (scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null) {
            return absences.search(scope.pathFilter(), today, null, status, kind, pageable);
        }
        if (scope.memberId() == null) {
            return Page.empty(pageable);
        }
        return absences.search(null, today, scope.memberId(), status, kind, pageable);
    }

    /** Whether the scope approves requests (and so sees the queue rather than only its own). */
    public boolean approver(Scope scope) {
        return approves(scope.role());
    }

    /** Whether a role approves requests: the org admin and the sub-team leaders. */
    static boolean approves(Role role) {
        return role == Role.ORG_ADMIN || role == Role.SUB_TEAM_LEADER;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(Absence.class, id);
    }

    private static boolean own(Scope scope, Absence absence) {
        return scope.memberId() != null && scope.memberId().equals(absence.getMember().getId());
    }
}
