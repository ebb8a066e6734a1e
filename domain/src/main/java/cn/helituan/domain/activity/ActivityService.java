package cn.helituan.domain.activity;

import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.history.History;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity log. Who may do what:
 * <ul>
 *   <li>log: a group's leader or member for their own group; an org admin or sub-team leader for a group in scope;</li>
 *   <li>edit and withdraw: its author, the group's leader, or a structure manager in scope;</li>
 *   <li>confirm or dispute: the account of an object the activity covers (a village's first secretary, another
 *       object's contact), for that object; a sub-team leader for the objects of their groups that have no
 *       account; never the activity's author;</li>
 *   <li>read: whoever reads the group (its path is in their scope), and the first secretary of a covered object.</li>
 * </ul>
 * A record outside the reader's scope is "not found", as everywhere.
 */
@Service
public class ActivityService {

    /** Photos an activity may have. */
    public static final int MAX_PHOTOS = 9;

    private final Activities activities;
    private final ActivityPhotos photos;
    private final ActivityTypes types;
    private final UnitService units;
    private final Relationships relationships;
    private final Memberships memberships;
    private final Accounts accounts;
    private final ProjectService projects;
    private final TaskChoices tasks;
    private final History history;
    private final Clock clock;

    public ActivityService(Activities activities, ActivityPhotos photos, ActivityTypes types, UnitService units,
                           Relationships relationships, Memberships memberships, Accounts accounts,
                           ProjectService projects, TaskChoices tasks, History history, Clock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.accounts = accounts;
        this.activities = activities;
        this.photos = photos;
        this.types = types;
        this.units = units;
        this.relationships = relationships;
        this.memberships = memberships;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ActivityType> types() {
        return types.findByArchivedFalseOrderBySortOrderAscIdAsc();
    }

    /** Whether the user may log activities at all (the list offers the button). */
    public boolean canLog(Scope scope) {
        return scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER || scope.canManageStructure();
    }

    /** The groups the user may log for: their own group, or every group in a manager's scope. */
    @Transactional(readOnly = true)
    public List<Unit> groups(Scope scope) {
        if (!canLog(scope)) {
            throw new ForbiddenException("log activities");
        }
        return units.selectable(scope).stream().filter(u -> u.getKind() == UnitKind.GROUP).toList();
    }

    /** The objects the group may log for: those of its active relationships. */
    @Transactional(readOnly = true)
    public List<AssistedObject> objectsOf(Scope scope, long groupId) {
        group(scope, groupId);
        return relationships.activeObjectsOf(groupId);
    }

    /** The group's active projects (an activity may be logged for one). */
    @Transactional(readOnly = true)
    public List<Project> projectsOf(Scope scope, long groupId) {
        group(scope, groupId);
        return projects.activeOf(groupId);
    }

    /** The group's current members (who may be named as having taken part). */
    @Transactional(readOnly = true)
    public List<Member> membersOf(Scope scope, long groupId) {
        group(scope, groupId);
        return memberships.currentMembersOf(groupId);
    }

    @Transactional
    public Activity log(Scope scope, ActivityDetails details) {
        Unit group = group(scope, details.groupId());
        ActivityType type = type(details.typeId());
        check(details);
        Activity activity = new Activity(group, type, details.occurredOn(), details.title());
        activity.apply(type, details);
        activity.cover(objects(details));
        activity.attend(members(details));
        activity.forProject(project(details));
        activity.forTask(task(details, null));
        Activity saved = activities.save(activity);
        if (saved.getProject() != null) {
            projects.worked(saved.getProject());
        }
        return saved;
    }

    @Transactional
    public Activity edit(Scope scope, long id, long version, ActivityDetails details) {
        Activity activity = editable(scope, id);
        activity.checkVersion(version);
        if (details.groupId() != activity.getGroup().getId()) {
            throw new RuleViolation("groupId", "activity.group.fixed");
        }
        // an activity keeps its type when the type has been archived since: only another type must be live
        ActivityType type = details.typeId() == activity.getType().getId() ? activity.getType()
                : type(details.typeId());
        check(details);
        activity.apply(type, details);
        activity.cover(objects(details));
        activity.attend(members(details));
        Project kept = activity.getProject();
        activity.forProject(kept != null && kept.getId().equals(details.projectId()) ? kept : project(details));
        activity.forTask(task(details, activity.getTaskId()));
        activity.reopen();
        if (activity.getProject() != null) {
            projects.worked(activity.getProject());
        }
        return activity;
    }

    @Transactional
    public Activity withdraw(Scope scope, long id, long version, String reason) {
        Activity activity = editable(scope, id);
        activity.checkVersion(version);
        activity.withdraw(reason);
        return activity;
    }

    /**
     * An object's word on the activity: confirmed, or disputed with a reason. Given by the object's own account (a
     * village's first secretary, an enterprise's, school's or hospital's contact) for that object, or, for an object no
     * enabled account answers for, by a sub-team leader whose sub-team the group belongs to. Nobody confirms an
     * activity they logged or edited themselves.
     */
    @Transactional
    public Activity decide(Scope scope, long id, long version, Long objectId, boolean confirmed, String reason) {
        Activity activity = get(scope, id);
        if (activity.isWithdrawn()) {
            throw RuleViolation.global("activity.withdrawn");
        }
        long object = objectId != null ? objectId : scope.objectId() != null ? scope.objectId() : -1;
        if (decidable(scope, activity, () -> history.of(Activity.class, id)).stream()
                .noneMatch(p -> p.getObject().getId() == object)) {
            throw new ForbiddenException("confirm activity");
        }
        activity.checkVersion(version);
        if (confirmed) {
            activity.confirm(object, scope.username(), clock.instant());
        } else {
            activity.dispute(object, scope.username(), clock.instant(), reason);
        }
        return activity;
    }

    /**
     * The parts of the activity the user may confirm or dispute (see {@link #decide}); empty when withdrawn. Its
     * history is read only for a sub-team leader (who must not have edited it), and only once per page.
     */
    private List<ActivityObject> decidable(Scope scope, Activity activity, Supplier<List<HistoryEntry>> itsHistory) {
        if (activity.isWithdrawn() || scope.username().equals(activity.getCreatedBy())) {
            return List.of();
        }
        if (scope.role() == Role.FIRST_SECRETARY) {
            return scope.objectId() != null && activity.covers(scope.objectId())
                    ? List.of(activity.part(scope.objectId())) : List.of();
        }
        if (scope.role() != Role.SUB_TEAM_LEADER || !scope.covers(activity.getGroup().getPath())) {
            return List.of();
        }
        if (editedBy(itsHistory.get(), scope.username())) {
            // whoever changed what it says does not vouch for it
            return List.of();
        }
        Set<Long> answered = accounts.objectsWithAccount(activity.getObjects().stream()
                .map(p -> p.getObject().getId()).toList());
        return activity.getObjects().stream().filter(p -> !answered.contains(p.getObject().getId())).toList();
    }

    /** Whether the user changed what the activity says (any field but its status), as its history shows. */
    private static boolean editedBy(List<HistoryEntry> itsHistory, String username) {
        return itsHistory.stream().anyMatch(e -> username.equals(e.by())
                && e.changes().stream().anyMatch(c -> !"status".equals(c.field())));
    }

    /** Adds a photo (checked by its content in the web layer) to an activity the user may edit; nine at most. */
    @Transactional
    public ActivityPhoto addPhoto(Scope scope, long id, PhotoUpload upload) {
        Activity activity = editable(scope, id);
        if (photos.countByActivityIdAndRemovedFalse(id) >= MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        ActivityPhoto photo = photos.save(new ActivityPhoto(activity, upload));
        photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        return photo;
    }

    /** Takes a photo off the activity (the record and its bytes are kept). */
    @Transactional
    public void removePhoto(Scope scope, long id, long photoId) {
        editable(scope, id);
        photo(id, photoId).remove();
    }

    /** What an activity's page shows, read once: the activity, its photos, and the history of it and its parts. */
    public record ActivityView(Activity activity, List<ActivityPhoto> photos, List<PartHistory> history,
                               List<ActivityObject> decidable) {
    }

    @Transactional(readOnly = true)
    public ActivityView view(Scope scope, long id) {
        Activity activity = get(scope, id);
        List<ActivityPhoto> all = photos.findByActivityIdOrderById(id);
        List<HistoryEntry> itsOwn = history.of(Activity.class, id);
        List<PartHistory> entries = new ArrayList<>();
        itsOwn.forEach(e -> entries.add(new PartHistory(e, "Activity", null)));
        Map<Long, String> objectNames = new HashMap<>();
        activity.getObjects().forEach(p -> objectNames.put(p.getId(), p.getObject().getName()));
        history.of(ActivityObject.class, objectNames.keySet()).forEach(e -> entries.add(
                new PartHistory(e, "ActivityObject", objectNames.get(e.recordId()))));
        Map<Long, String> photoNumbers = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            photoNumbers.put(all.get(i).getId(), String.valueOf(i + 1));
        }
        history.of(ActivityPhoto.class, photoNumbers.keySet()).forEach(e -> entries.add(
                new PartHistory(e, "ActivityPhoto", photoNumbers.get(e.recordId()))));
        entries.sort((a, b) -> b.entry().at().compareTo(a.entry().at()));
        return new ActivityView(activity, all.stream().filter(p -> !p.isRemoved()).toList(), entries,
                decidable(scope, activity, () -> itsOwn));
    }

    /** A photo's image (or thumbnail), for whoever reads the activity. */
    @Transactional(readOnly = true)
    public PhotoBytes photoBytes(Scope scope, long id, long photoId, boolean thumbnail) {
        get(scope, id);
        ActivityPhoto photo = photo(id, photoId);
        return new PhotoBytes(thumbnail ? "image/jpeg" : photo.getContentType(), photos.bytes(photoId, thumbnail));
    }

    /** An image and its type. */
    public record PhotoBytes(String contentType, byte[] bytes) {
    }

    private ActivityPhoto photo(long id, long photoId) {
        return photos.findById(photoId).filter(p -> !p.isRemoved() && p.getActivity().getId() == id)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    @Transactional(readOnly = true)
    public Activity get(Scope scope, long id) {
        Activity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("activity", id));
        boolean reads = scope.role() == Role.FIRST_SECRETARY
                ? scope.objectId() != null && activity.covers(scope.objectId())
                : scope.canReadRoster() && scope.covers(activity.getGroup().getPath());
        if (!reads) {
            throw new NotFoundException("activity", id);
        }
        // what its page shows, read while the transaction is open (batched: one query per collection)
        activity.getMembers().forEach(Member::getName);
        activity.getObjects().forEach(part -> part.getObject().getName());
        if (activity.getProject() != null) {
            activity.getProject().getTitle();
        }
        return activity;
    }

    /** Whether the user may edit or withdraw the activity (its page offers the buttons). */
    public boolean canEdit(Scope scope, Activity activity) {
        if (activity.isWithdrawn() || !scope.covers(activity.getGroup().getPath())) {
            return false;
        }
        return scope.canManageStructure() || scope.role() == Role.GROUP_LEADER
                || scope.role() == Role.MEMBER && scope.username().equals(activity.getCreatedBy());
    }

    /**
     * A list counts this many at most (50 pages of 20): a whole province's log is narrowed by its filters, not paged
     * through, and a count stops reading its index there ("超过 1,000 次活动"). The exact number is in the totals.
     */
    public static final int COUNT_CAP = 1_000;

    /**
     * A page of the list, how many the filter finds (up to {@link #COUNT_CAP}; {@code more} when there are more),
     * and the page's photos by activity: four statements with the rows' group and type, whatever the page size.
     * The figures' totals are read apart, when asked for ({@link #totals}).
     */
    public record ActivityList(Page<Activity> rows, boolean more, Map<Long, PhotoSummary> photos) {
    }

    @Transactional(readOnly = true)
    public ActivityList list(Scope scope, ActivityQuery query, Pageable pageable) {
        ActivityFilter filter = filter(scope, query);
        long found = activities.count(filter, COUNT_CAP + 1);
        long total = Math.min(found, COUNT_CAP);
        List<Activity> content = total <= pageable.getOffset() ? List.of()
                : activities.find(filter, pageable.getOffset(), pageable.getPageSize());
        Map<Long, PhotoSummary> photoSummaries = new HashMap<>();
        if (!content.isEmpty()) {
            photos.summaries(content.stream().map(Activity::getId).toList())
                    .forEach(p -> photoSummaries.put(p.activityId(), p));
        }
        return new ActivityList(new PageImpl<>(content, pageable, total), found > COUNT_CAP, photoSummaries);
    }

    /**
     * A page of what the query finds, not counted (the export reads on while a page is full): its total is only
     * "this page, and one more row if there is a next page".
     */
    @Transactional(readOnly = true)
    public Page<Activity> search(Scope scope, ActivityQuery query, Pageable pageable) {
        List<Activity> found = activities.find(filter(scope, query), pageable.getOffset(), pageable.getPageSize() + 1);
        List<Activity> content = found.size() > pageable.getPageSize() ? found.subList(0, pageable.getPageSize())
                : found;
        return new PageImpl<>(content, pageable, pageable.getOffset() + found.size());
    }

    /** How many activities the filter finds and the outcome figures of them all, as reported and as confirmed. */
    @Transactional(readOnly = true)
    public ActivityTotals totals(Scope scope, ActivityQuery query) {
        return activities.totals(filter(scope, query));
    }

    /** How many activities the query finds in the user's scope, all counted (the start page's attention list). */
    @Transactional(readOnly = true)
    public long count(Scope scope, ActivityQuery query) {
        return activities.count(filter(scope, query), Long.MAX_VALUE);
    }

    /**
     * A page of {@link #search} with each activity's objects, members and group path read (the export); the group's
     * own name where the names of the units above it are not given (a first secretary does not read the tree).
     */
    @Transactional(readOnly = true)
    public Page<ActivityLine> lines(Scope scope, ActivityQuery query, Pageable pageable, Map<Long, String> unitNames) {
        return search(scope, query, pageable).map(a -> new ActivityLine(a,
                unitNames.isEmpty() ? a.getGroup().getName() : UnitService.namePath(a.getGroup().getPath(), unitNames),
                a.getObjects().stream().map(p -> p.getObject().getName()).toList(),
                a.getMembers().stream().map(Member::getName).toList()));
    }

    /** The activities a member took part in, in groups the reader's scope covers (the member's page). */
    @Transactional(readOnly = true)
    public Page<Activity> ofMember(Scope scope, long memberId, Pageable pageable) {
        scope.requireRoster();
        return activities.ofMember(memberId, scope.pathFilter(), pageable);
    }

    /**
     * The query in the user's scope: a first secretary (or an object's contact) reads their object's activities; the
     * others the groups under their scope's path, narrowed to a sub-team or group of it. A unit or object outside the
     * scope is "not found"; an object outside it simply finds nothing (its activities' groups are outside).
     */
    private ActivityFilter filter(Scope scope, ActivityQuery query) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            if (scope.objectId() == null) {
                throw new ForbiddenException("read activities");
            }
            if (query.objectId() != null && !query.objectId().equals(scope.objectId())) {
                throw new NotFoundException("assistedObject", query.objectId());
            }
            return new ActivityFilter("", null, scope.objectId(), query.kind(), query.from(), query.to(),
                    query.typeId(), query.status(), query.projectId());
        }
        scope.requireRoster();
        String prefix = scope.pathFilter();
        // a group's leader and members are scoped to their group: its own index, not the groups under a path
        Long groupId = scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER ? scope.unitId() : null;
        if (query.unitId() != null) {
            Unit unit = units.get(scope, query.unitId());
            if (unit.getKind() == UnitKind.GROUP) {
                groupId = unit.getId();
            } else {
                prefix = unit.getPath();
                groupId = null;
            }
        }
        return new ActivityFilter(prefix, groupId, query.objectId(), query.kind(), query.from(), query.to(),
                query.typeId(), query.status(), query.projectId());
    }

    private Activity editable(Scope scope, long id) {
        Activity activity = get(scope, id);
        if (!canEdit(scope, activity)) {
            if (activity.isWithdrawn()) {
                throw RuleViolation.global("activity.withdrawn");
            }
            throw new ForbiddenException("edit activity");
        }
        return activity;
    }

    /** A group the user may log for: their own (leader, member) or one in a manager's scope. */
    private Unit group(Scope scope, long groupId) {
        if (!canLog(scope)) {
            throw new ForbiddenException("log activities");
        }
        Unit group = units.get(scope, groupId);
        if (group.getKind() != UnitKind.GROUP || group.isArchived()) {
            throw new RuleViolation("groupId", "activity.group.invalid");
        }
        if (!scope.canManageStructure() && !group.getId().equals(scope.unitId())) {
            throw new ForbiddenException("log for another group");
        }
        return group;
    }

    private ActivityType type(long typeId) {
        return types.findById(typeId).filter(t -> !t.isArchived())
                .orElseThrow(() -> new RuleViolation("typeId", "activity.type.invalid"));
    }

    private void check(ActivityDetails details) {
        if (details.occurredOn() == null) {
            throw new RuleViolation("occurredOn", "activity.occurredOn.required");
        }
        if (details.occurredOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("occurredOn", "activity.occurredOn.future");
        }
        if (details.objectIds() == null || details.objectIds().isEmpty()) {
            throw new RuleViolation("objectIds", "activity.objects.required");
        }
        for (Map.Entry<Figure, BigDecimal> figure : details.figures().entrySet()) {
            if (figure.getValue().signum() < 0) {
                throw new RuleViolation(fieldOf(figure.getKey()), "activity.figure.negative");
            }
            if (!details.outliersConfirmed() && figure.getValue().compareTo(figure.getKey().usualMaximum()) > 0) {
                throw new RuleViolation(fieldOf(figure.getKey()), "activity.figure.outlier",
                        figure.getKey().usualMaximum());
            }
        }
    }

    private List<AssistedObject> objects(ActivityDetails details) {
        return relationships.requireActivelyPaired(details.groupId(), details.objectIds(), "objectIds",
                "activity.objects.notPaired");
    }

    /**
     * The task chosen, which must be a live task of the group's plan for the activity's year; an edit may keep the
     * one it had.
     */
    private Long task(ActivityDetails details, Long kept) {
        if (details.taskId() == null || details.taskId().equals(kept)) {
            return details.taskId();
        }
        if (tasks.openTasks(details.groupId(), details.occurredOn().getYear()).stream()
                .noneMatch(t -> t.id() == details.taskId())) {
            throw new RuleViolation("taskId", "activity.task.invalid");
        }
        return details.taskId();
    }

    /** The live tasks of the group's plan for the year (an activity may count towards one). */
    @Transactional(readOnly = true)
    public List<TaskChoices.TaskOption> tasksOf(Scope scope, long groupId, int year) {
        group(scope, groupId);
        return tasks.openTasks(groupId, year);
    }

    /** The title of the task the activity counts towards, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> taskTitle(Activity activity) {
        return activity.getTaskId() == null ? java.util.Optional.empty() : tasks.title(activity.getTaskId());
    }

    /** The project chosen, which must be an active one of the group (an edit may keep its project once done). */
    private Project project(ActivityDetails details) {
        if (details.projectId() == null) {
            return null;
        }
        return projects.activeOf(details.groupId()).stream().filter(p -> p.getId().equals(details.projectId()))
                .findFirst().orElseThrow(() -> new RuleViolation("projectId", "activity.project.invalid"));
    }

    private List<Member> members(ActivityDetails details) {
        return memberships.requireCurrentMembers(details.groupId(), details.memberIds(), "memberIds",
                "activity.members.notInGroup");
    }

    /** The form field of a figure: FUNDS_SECURED → fundsSecured. */
    public static String fieldOf(Figure figure) {
        String[] words = figure.name().toLowerCase().split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }
}
