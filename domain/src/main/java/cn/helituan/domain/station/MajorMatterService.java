package cn.helituan.domain.station;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Major-matter reports (重大事项报告): the stationed cadre reports for their stationing in force today; the village's
 * approvers ({@link StationService#canWrite}: the sub-team leader whose pairing is in force, or the org admin)
 * acknowledge once with a note, never their own. Unacknowledged reports older than
 * {@code helituan.station.major-matter-days} (2) are overdue: the dashboard's attention list counts them. Readers as
 * for days away and leave.
 */
@Service
public class MajorMatterService {

    private final MajorMatters matters;
    private final AbsenceService absences;
    private final StationService stations;
    private final History history;
    private final Clock clock;
    private final Duration overdueAfter;

    public MajorMatterService(MajorMatters matters, AbsenceService absences, StationService stations,
                              History history, Clock clock,
                              @Value("${helituan.station.major-matter-days:2}") int overdueDays) {
        this.matters = matters;
        this.absences = absences;
        this.stations = stations;
        this.history = history;
        this.clock = clock;
        this.overdueAfter = Duration.ofDays(overdueDays);
    }

    public record Report(MajorMatterKind kind, LocalDateTime happenedAt, String what, String done) {
    }

    public long overdueDays() {
        return overdueAfter.toDays();
    }

    @Transactional
    public MajorMatter report(Scope scope, Report report) {
        Stationing stationing = absences.stationing(scope)
                .orElseThrow(() -> new ForbiddenException("not stationed"));
        if (report.kind() == null) {
            throw new RuleViolation("kind", "majorMatter.kind.required");
        }
        if (report.happenedAt() == null) {
            throw new RuleViolation("happenedAt", "majorMatter.happenedAt.required");
        }
        if (report.what() == null || report.what().isBlank()) {
            throw new RuleViolation("what", "majorMatter.what.required");
        }
        if (report.done() == null || report.done().isBlank()) {
            throw new RuleViolation("done", "majorMatter.done.required");
        }
        Instant now = clock.instant();
        return matters.save(new MajorMatter(stationing, report.kind(), report.happenedAt(), report.what().strip(),
                report.done().strip(), now, LocalDateTime.ofInstant(now, clock.getZone())));
    }

    @Transactional(readOnly = true)
    public MajorMatter get(Scope scope, long id) {
        MajorMatter matter = matters.findById(id).orElseThrow(() -> new NotFoundException("majorMatter", id));
        if (!own(scope, matter) && !scope.canReadRegister() && !stations.canWrite(scope, matter.getObject().getId())) {
            throw new NotFoundException("majorMatter", id);
        }
        matter.getObject().getName();
        matter.getMember().getName();
        return matter;
    }

    @Transactional(readOnly = true)
    public boolean canAcknowledge(Scope scope, MajorMatter matter) {
        return !own(scope, matter) && !matter.isAcknowledged() && absences.approver(scope)
                && stations.canWrite(scope, matter.getObject().getId());
    }

    @Transactional
    public MajorMatter acknowledge(Scope scope, long id, long version, String note) {
        MajorMatter matter = get(scope, id);
        if (own(scope, matter) || !absences.approver(scope) || !stations.canWrite(scope, matter.getObject().getId())) {
            throw new ForbiddenException("acknowledge major matter");
        }
        matter.checkVersion(version);
        matter.acknowledge(note, scope.username(), clock.instant());
        return matter;
    }

    /** The reports the scope reads; {@code overdue}: only those waiting for acknowledgement longer than allowed. */
    @Transactional(readOnly = true)
    public Page<MajorMatter> list(Scope scope, Boolean open, boolean overdue, Pageable pageable) {
        Reach reach = reach(scope);
        if (reach == null) {
            return Page.empty(pageable);
        }
        return matters.search(reach.prefix(), LocalDate.now(clock), reach.memberId(), overdue ? Boolean.TRUE : open,
                overdue ? clock.instant().minus(overdueAfter) : null, pageable);
    }

    /** How many reports {@link #list} finds, without reading them (the to-do badge, the attention list). */
    @Transactional(readOnly = true)
    public long count(Scope scope, Boolean open, boolean overdue) {
        Reach reach = reach(scope);
        if (reach == null) {
            return 0;
        }
        return matters.count(reach.prefix(), LocalDate.now(clock), reach.memberId(), overdue ? Boolean.TRUE : open,
                overdue ? clock.instant().minus(overdueAfter) : null);
    }

    /** Whose reports a scope reads: every one (both null), its sub-team's villages' (a prefix), its own (a member). */
    private record Reach(String prefix, Long memberId) {
    }

    private static Reach reach(Scope scope) {
        if (scope.canReadRegister()) {
            return new Reach(null, null);
        }
        if (scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null) {
            return new Reach(scope.pathFilter(), null);
        }
        return scope.memberId() == null ? null : new Reach(null, scope.memberId());
    }

    /** How many of the scope's villages' reports wait for acknowledgement longer than allowed (its list's count). */
    @Transactional(readOnly = true)
    public long overdue(Scope scope) {
        if (!absences.approver(scope) && !scope.canReadRegister()) {
            return 0;
        }
        return count(scope, null, true);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(MajorMatter.class, id);
    }

    private static boolean own(Scope scope, MajorMatter matter) {
        return scope.memberId() != null && scope.memberId().equals(matter.getMember().getId());
    }
}
