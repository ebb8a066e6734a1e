package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly attendance sheet of the stationed cadres (考勤表): per cadre and village, the days present, doubtful,
 * away on duty, on leave and absent ({@link AttendanceKind}), the days required (a deployment setting, shown), and
 * the subsidy (present and away days × the record's standard). Read like the register: the department all, a
 * sub-team leader the villages their groups are paired with today, a cadre their own lines. A village's month is
 * approved by its approvers ({@link StationService#canWrite}: the sub-team leader whose pairing is in force, or the
 * org admin) once it has ended, frozen as approved.
 */
@Service
public class AttendanceService {

    private static final int VILLAGE_LINES = 200;

    private final AttendanceQueries queries;
    private final AttendanceApprovals approvals;
    private final StationService stations;
    private final History history;
    private final Clock clock;
    private final int requiredDays;

    public AttendanceService(AttendanceQueries queries, AttendanceApprovals approvals, StationService stations,
                             History history, Clock clock,
                             @Value("${helituan.attendance.required-days:20}") int requiredDays) {
        this.queries = queries;
        this.approvals = approvals;
        this.stations = stations;
        this.history = history;
        this.clock = clock;
        this.requiredDays = requiredDays;
    }

    /** The days a month a stationed cadre is to be in the village (the deployment's setting). */
    public int requiredDays() {
        return requiredDays;
    }

    /** The sheet of the month a page at a time, by village, role and name; {@code objectId} narrows to a village. */
    @Transactional(readOnly = true)
    public Page<AttendanceRow> sheet(Scope scope, YearMonth month, Long objectId, boolean absentOnly,
                                     Pageable pageable) {
        return filter(scope, month, objectId, absentOnly).map(f -> queries.sheet(f, pageable))
                .orElseGet(() -> Page.empty(pageable));
    }

    /**
     * The sheet's total line: its figures summed over every line the same filter shows (all pages); the dashboard's
     * attendance rate of the month is its {@link AttendanceFigures#rate()}.
     */
    @Transactional(readOnly = true)
    public AttendanceFigures totals(Scope scope, YearMonth month, Long objectId, boolean absentOnly) {
        return filter(scope, month, objectId, absentOnly).map(queries::totals)
                .orElseGet(() -> new AttendanceFigures(0, 0, 0, 0, 0));
    }

    /**
     * The missing check-ins of the month: how many of the scope's stationed cadres have an absent day (a working
     * day of their term with no check-in and no approved away or leave) — the count of the sheet's
     * {@code ?absent=true} lines, which the dashboard's attention list and the monthly notification link to.
     */
    @Transactional(readOnly = true)
    public long missing(Scope scope, YearMonth month) {
        return filter(scope, month, null, true).map(queries::lines).orElse(0L);
    }

    /** Whether the scope reads other cadres' lines (and so villages' sheets), not only its own. */
    public boolean readsVillages(Scope scope) {
        return scope.canReadRegister() || scope.role() == Role.SUB_TEAM_LEADER;
    }

    /** A village's sheet of the month (all its lines), for its approvers and the department. */
    @Transactional(readOnly = true)
    public List<AttendanceRow> village(Scope scope, long objectId, YearMonth month) {
        requireVillageReader(scope, objectId);
        return queries.sheet(villageFilter(month, objectId), PageRequest.of(0, VILLAGE_LINES)).getContent();
    }

    @Transactional(readOnly = true)
    public AssistedObject object(Scope scope, long objectId) {
        requireVillageReader(scope, objectId);
        return stations.objectOf(objectId);
    }

    /** Whether the scope approves the village's sheets. */
    @Transactional(readOnly = true)
    public boolean canApprove(Scope scope, long objectId) {
        return (scope.role() == Role.ORG_ADMIN || scope.role() == Role.SUB_TEAM_LEADER)
                && stations.canWrite(scope, objectId);
    }

    /**
     * Approves the village's month as the approver saw it ({@code seen}, the figures the page showed): refused when
     * the month has not ended, when the village has nobody stationed that month, when the approver is stationed there
     * that month (their own line and subsidy), and when the figures have changed since the page was shown.
     */
    @Transactional
    public AttendanceApproval approve(Scope scope, long objectId, YearMonth month, String seen) {
        if (!canApprove(scope, objectId)) {
            stations.objectOf(objectId);
            throw new ForbiddenException("approve attendance");
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw RuleViolation.global("attendance.approve.notEnded");
        }
        List<AttendanceRow> rows = queries.sheet(villageFilter(month, objectId), PageRequest.of(0, VILLAGE_LINES))
                .getContent();
        if (rows.isEmpty()) {
            throw RuleViolation.global("attendance.approve.empty");
        }
        if (scope.memberId() != null && rows.stream().anyMatch(r -> r.memberId() == scope.memberId())) {
            // nobody approves the month (and the subsidy) of their own stationing, as nobody decides their own leave
            throw RuleViolation.global("attendance.approve.own");
        }
        String figures = snapshot(rows);
        if (seen != null && !seen.equals(figures)) {
            throw RuleViolation.global("attendance.approve.changed");
        }
        AttendanceApproval approval = approvals.findByObjectIdAndMonth(objectId, month.atDay(1))
                .orElseGet(() -> new AttendanceApproval(stations.objectOf(objectId), month.atDay(1)));
        approval.approve(figures, scope.username(), clock.instant());
        return approvals.save(approval);
    }

    /** The village's figures as an approval keeps them: "stationingId:p/d/a/l/x;…" by stationing id. */
    public static String snapshot(List<AttendanceRow> rows) {
        return rows.stream().sorted(java.util.Comparator.comparingLong(AttendanceRow::stationingId))
                .map(r -> r.stationingId() + ":" + r.figures().text()).collect(Collectors.joining(";"));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> approvalHistory(Scope scope, long objectId, YearMonth month) {
        requireVillageReader(scope, objectId);
        return approvals.findByObjectIdAndMonth(objectId, month.atDay(1))
                .map(a -> history.of(AttendanceApproval.class, a.getId())).orElse(List.of());
    }

    /** The stationing's days of the month that make up a figure ({@code kind} null: every counted day). */
    @Transactional(readOnly = true)
    public List<AttendanceDay> days(Scope scope, long stationingId, YearMonth month, AttendanceKind kind) {
        Stationing stationing = stations.get(scope, stationingId);
        return queries.days(new AttendanceQueries.Filter(month.atDay(1), month.atEndOfMonth(), LocalDate.now(clock),
                null, LocalDate.now(clock), null, null, stationing.getId(), false), kind);
    }

    @Transactional(readOnly = true)
    public Stationing stationing(Scope scope, long stationingId) {
        return stations.get(scope, stationingId);
    }

    private AttendanceQueries.Filter villageFilter(YearMonth month, long objectId) {
        LocalDate today = LocalDate.now(clock);
        return new AttendanceQueries.Filter(month.atDay(1), month.atEndOfMonth(), today, null, today, null, objectId,
                null, false);
    }

    private Optional<AttendanceQueries.Filter> filter(Scope scope, YearMonth month, Long objectId,
                                                      boolean absentOnly) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (scope.canReadRegister()) {
            return Optional.of(new AttendanceQueries.Filter(first, last, today, null, today, null, objectId, null,
                    absentOnly));
        }
        if (scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null) {
            return Optional.of(new AttendanceQueries.Filter(first, last, today, scope.pathFilter(), today, null,
                    objectId, null, absentOnly));
        }
        if (scope.memberId() == null) {
            return Optional.empty();
        }
        return Optional.of(new AttendanceQueries.Filter(first, last, today, null, today, scope.memberId(), objectId,
                null, absentOnly));
    }

    private void requireVillageReader(Scope scope, long objectId) {
        if (!scope.canReadRegister() && !stations.canWrite(scope, objectId)) {
            stations.objectOf(objectId);
            throw new ForbiddenException("read attendance");
        }
    }
}
