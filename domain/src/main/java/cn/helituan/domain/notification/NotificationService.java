package cn.helituan.domain.notification;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.demand.ProjectQuery;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.station.AttendanceService;
import cn.helituan.domain.supervision.SupervisionFigures;
import cn.helituan.domain.supervision.SupervisionMonth;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly notification (每月通报). Who may do what:
 * <ul>
 *   <li>generate (a draft, for a month that is over) and publish: an org admin or a sub-team leader, for their own
 *       scope (the whole deployment, a team, a sub-team); generating again replaces the draft, never a published
 *       one;</li>
 *   <li>read a published one: whoever reads the roster inside its scope or above it (a group leader reads the
 *       sub-team's, and their group's rank in it); a draft: the managers whose scope holds it;</li>
 *   <li>change the ranking's weights: the whole deployment's org admin (everyone reads them).</li>
 * </ul>
 * The content is read from the tallies (V22) in one transaction: a row per sub-team and per group (ranked by
 * {@link Ranking}), the month's largest results, the groups without activity, and the overdue counts of the day.
 */
@Service
@RequiredArgsConstructor
public class NotificationService {

    /** The figures whose month's largest result is a highlight. */
    public static final List<Figure> HIGHLIGHTS = List.of(Figure.FUNDS_SECURED, Figure.PROJECTS_INTRODUCED,
            Figure.PRODUCE_SOLD, Figure.BENEFICIARIES, Figure.PEOPLE_EMPLOYED);

    private final MonthlyNotifications notifications;
    private final NotificationLines notificationLines;
    private final NotificationFacts facts;
    private final RankingWeights weights;
    private final UnitService units;
    private final DemandListing demands;
    private final ProjectService projects;
    private final PlanService plans;
    private final AttendanceService attendance;
    private final SupervisionFigures supervision;
    private final SupervisionLines supervisionLines;
    private final History history;
    private final MessageService messages;
    private final Clock clock;

    /** The month the form offers: the last one that is over. */
    public YearMonth lastMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    public boolean canGenerate(Scope scope) {
        return scope.canManageStructure() && (scope.wholeDeployment() || scope.unitId() != null);
    }

    @Transactional
    public MonthlyNotification generate(Scope scope, YearMonth month) {
        if (!canGenerate(scope)) {
            throw new ForbiddenException("generate notification");
        }
        if (month == null) {
            throw new RuleViolation("month", "notification.month.required");
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new RuleViolation("month", "notification.month.notOver");
        }
        Long unitId = scope.wholeDeployment() ? null : scope.unitId();
        List<MonthlyNotification> live = notifications.live(unitId, month.atDay(1));
        if (live.stream().anyMatch(MonthlyNotification::isPublished)) {
            throw new RuleViolation("month", "notification.month.published");
        }
        // read before this transaction writes: a transaction that has written computes the stationed cadres' figures
        // afresh rather than take the kept ones (station/KeptFigures)
        long checkInsMissing = attendance.readsVillages(scope) ? attendance.missing(scope, month) : 0;
        live.forEach(MonthlyNotification::supersede);
        notifications.flush();

        Map<RankingFactor, Integer> weighting = weightMap();
        String path = scope.pathFilter();
        List<UnitMonth> groups = facts.units(path, "GROUP", month);
        List<UnitMonth> subTeams = facts.units(path, "SUB_TEAM", month);
        List<Ranking.Ranked> ranked = Ranking.rank(groups, weighting);
        List<UnitMonth> silent = groups.stream().filter(g -> g.reported() == 0).toList();
        long[] crossTown = facts.outsideGroups(path, month);
        LocalDate today = LocalDate.now(clock);
        long plansMissing = today.isAfter(plans.deadline(month.getYear()))
                ? plans.tally(scope, month.getYear()).missing() : 0;
        long demandsOverdue = demands.readsDemands(scope) ? demands.tally(scope, DemandQuery.all()).overdue() : 0;
        long projectsOverdue = projects.list(scope, new ProjectQuery(null, null, true), PageRequest.of(0, 1))
                .getTotalElements();
        SupervisionMonth supervised = supervision.month(path, month, today);
        MonthlyNotification notification = notifications.save(new MonthlyNotification(
                unitId == null ? null : units.get(scope, unitId), month,
                weighting.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                        .collect(Collectors.joining(",")),
                groups.stream().mapToLong(UnitMonth::reported).sum() + crossTown[0],
                groups.stream().mapToLong(UnitMonth::confirmed).sum() + crossTown[1], groups.size(), silent.size(),
                demandsOverdue, projectsOverdue, plansMissing,
                checkInsMissing, supervised));
        long id = notification.getId();
        List<NotificationLine> written = new ArrayList<>();
        for (UnitMonth subTeam : subTeams) {
            written.add(NotificationLine.unit(id, LineKind.SUB_TEAM, written.size(), subTeam, null, null));
        }
        for (Ranking.Ranked r : ranked) {
            written.add(NotificationLine.unit(id, LineKind.GROUP, written.size(), r.group(), r.score(), r.rank()));
        }
        for (Figure figure : HIGHLIGHTS) {
            for (Highlight h : facts.largest(path, month, figure, 1)) {
                written.add(NotificationLine.highlight(id, written.size(), h));
            }
        }
        for (UnitMonth group : silent) {
            written.add(NotificationLine.silent(id, written.size(), group));
        }
        notificationLines.insertAll(written);
        List<SupervisionLine> supervisionWritten = new ArrayList<>();
        for (SupervisionMonth.Line item : supervised.items()) {
            supervisionWritten.add(SupervisionLine.of(id, "ITEM", supervisionWritten.size(), item));
        }
        for (SupervisionMonth.Line group : supervised.groups()) {
            supervisionWritten.add(SupervisionLine.of(id, "GROUP", supervisionWritten.size(), group));
        }
        supervisionLines.insertAll(supervisionWritten);
        return notification;
    }

    @Transactional
    public MonthlyNotification publish(Scope scope, long id, long version) {
        MonthlyNotification notification = get(scope, id);
        if (!manages(scope, notification)) {
            throw new ForbiddenException("publish notification");
        }
        notification.checkVersion(version);
        notification.publish(scope.username(), clock.instant());
        // the sub-team and group leaders in its scope, in one statement
        var unit = notification.getScopeUnit();
        messages.tellAll(Audience.except(scope.username()).under(unit == null ? "" : unit.getPath(),
                        EnumSet.of(Role.SUB_TEAM_LEADER, Role.GROUP_LEADER)),
                MessageKind.NOTIFICATION_PUBLISHED,
                List.of(notification.getMonth().toString(), unit == null ? "" : unit.getName()),
                "/notifications/" + notification.getId());
        return notification;
    }

    /** A notification and its snapshot, line by line as generated. */
    public record NotificationView(MonthlyNotification notification, List<NotificationLine> subTeams,
                                   List<NotificationLine> groups, List<NotificationLine> highlights,
                                   List<NotificationLine> silent, Map<RankingFactor, Integer> weights,
                                   boolean canPublish, List<HistoryEntry> history,
                                   List<SupervisionLine> supervisionItems, List<SupervisionLine> supervisedGroups) {
    }

    @Transactional(readOnly = true)
    public NotificationView view(Scope scope, long id) {
        MonthlyNotification notification = get(scope, id);
        Map<LineKind, List<NotificationLine>> lines = new EnumMap<>(LineKind.class);
        for (LineKind kind : LineKind.values()) {
            lines.put(kind, new ArrayList<>());
        }
        notificationLines.findByNotificationIdOrderByPosition(id).forEach(l -> lines.get(l.getKind()).add(l));
        Map<RankingFactor, Integer> used = new LinkedHashMap<>();
        for (String part : notification.getWeights().split(",")) {
            String[] kv = part.split(":");
            used.put(RankingFactor.valueOf(kv[0]), Integer.parseInt(kv[1]));
        }
        List<SupervisionLine> supervised = supervision(id);
        return new NotificationView(notification, lines.get(LineKind.SUB_TEAM), lines.get(LineKind.GROUP),
                lines.get(LineKind.HIGHLIGHT), lines.get(LineKind.SILENT), used,
                notification.getStatus() == NotificationStatus.DRAFT && manages(scope, notification),
                history.of(MonthlyNotification.class, id),
                supervised.stream().filter(SupervisionLine::isItem).toList(),
                supervised.stream().filter(l -> !l.isItem()).toList());
    }

    private List<SupervisionLine> supervision(long id) {
        return supervisionLines.findByNotificationIdOrderByPosition(id);
    }

    @Transactional(readOnly = true)
    public Page<MonthlyNotification> list(Scope scope, Pageable pageable) {
        scope.requireRoster();
        return notifications.visible(scope.pathFilter(), above(scope), scope.canManageStructure(), pageable);
    }

    @Transactional(readOnly = true)
    public MonthlyNotification get(Scope scope, long id) {
        scope.requireRoster();
        MonthlyNotification n = notifications.findById(id).orElseThrow(() -> new NotFoundException("notification", id));
        String path = n.getScopeUnit() == null ? null : n.getScopeUnit().getPath();
        boolean inside = scope.wholeDeployment() || (path != null && path.startsWith(scope.unitPath()));
        boolean above = path == null || (scope.unitPath() != null && scope.unitPath().startsWith(path));
        // a draft, and a draft replaced by a newer one, only for the managers of a scope that holds it
        boolean readable = n.isPublished() ? inside || above : inside && scope.canManageStructure();
        if (!readable) {
            throw new NotFoundException("notification", id);
        }
        return n;
    }

    /** The weights the next notification will rank by, in their order. */
    @Transactional(readOnly = true)
    public List<RankingWeight> weights() {
        return weights.findAllByOrderBySortOrder();
    }

    /** A change of one factor's weight. */
    public record WeightChange(RankingFactor factor, HistoryEntry entry) {
    }

    /** Who changed which weight and when, newest first (the weights' page). */
    @Transactional(readOnly = true)
    public List<WeightChange> weightHistory() {
        Map<Long, RankingFactor> factors = new java.util.HashMap<>();
        weights.findAllByOrderBySortOrder().forEach(w -> factors.put(w.getId(), w.getFactor()));
        return history.of(RankingWeight.class, factors.keySet()).stream()
                .map(e -> new WeightChange(factors.get(e.recordId()), e)).toList();
    }

    @Transactional
    public List<RankingWeight> setWeights(Scope scope, Map<RankingFactor, Integer> values) {
        if (!scope.wholeDeployment()) {
            throw new ForbiddenException("set ranking weights");
        }
        List<RankingWeight> all = weights.findAllByOrderBySortOrder();
        for (RankingWeight w : all) {
            Integer value = values.get(w.getFactor());
            if (value == null || value < 0 || value > 100) {
                throw new RuleViolation("weights[" + w.getFactor() + "]", "notification.weight.range");
            }
        }
        if (values.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw RuleViolation.global("notification.weight.allZero");
        }
        all.forEach(w -> w.setWeight(values.get(w.getFactor())));
        return all;
    }

    private Map<RankingFactor, Integer> weightMap() {
        Map<RankingFactor, Integer> map = new EnumMap<>(RankingFactor.class);
        weights.findAllByOrderBySortOrder().forEach(w -> map.put(w.getFactor(), w.getWeight()));
        return map;
    }

    private static boolean manages(Scope scope, MonthlyNotification n) {
        if (!scope.canManageStructure()) {
            return false;
        }
        return scope.wholeDeployment() ? n.getScopeUnit() == null
                : n.getScopeUnit() != null && n.getScopeUnit().getId().equals(scope.unitId());
    }

    /** The reader's unit and the units above it (a sub-team's notification is read inside it). */
    private static List<Long> above(Scope scope) {
        if (scope.wholeDeployment() || scope.unitPath() == null) {
            return List.of(-1L);
        }
        return Arrays.stream(scope.unitPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
