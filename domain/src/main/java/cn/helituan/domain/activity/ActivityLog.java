package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.team.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging, editing and withdrawing an activity: the group's side of the log ({@link ActivityAccess} says who). The
 * objects must be actively paired with the group, the members current members of it; the day not in the future; a
 * figure above {@link Figure#usualMaximum} needs {@code outliersConfirmed}. An activity logged for a project says so
 * ({@link ActivityLoggedForProject}): the demand feature starts the project's demand in the same transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityLog {

    private final Activities activities;
    private final ActivityTypes types;
    private final ActivityAccess access;
    private final Relationships relationships;
    private final Memberships memberships;
    private final ProjectChoices projects;
    private final TaskChoices tasks;
    private final ActivityPhotosService photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    public Activity log(Scope scope, ActivityDetails details) {
        return log(scope, details, List.of());
    }

    /**
     * Logs the activity with the photos chosen on its form (each already read by its content), in one transaction:
     * a photo refused (one too many) refuses the whole activity.
     */
    @Transactional
    public Activity log(Scope scope, ActivityDetails details, List<PhotoUpload> chosenPhotos) {
        Unit group = access.group(scope, details.groupId());
        ActivityType type = type(details.typeId());
        check(details);
        Activity activity = new Activity(group, type, details.occurredOn(), details.title());
        activity.apply(type, details);
        activity.cover(objects(details));
        activity.attend(members(details));
        activity.forProject(project(details));
        activity.forTask(task(details, null));
        Activity saved = activities.save(activity);
        photos.attach(saved, chosenPhotos);
        if (saved.getProjectId() != null) {
            events.publishEvent(new ActivityLoggedForProject(saved.getProjectId()));
        }
        return saved;
    }

    /**
     * Logs an activity for a cross-town service team: the {@code crossteam} feature has checked that the user logs
     * for the team and resolved the objects (in the towns it serves) and members (the team's); the group is the
     * team's unit, so the activity counts once there and above (docs/architecture.md, "Cross-town service teams").
     * The day and figures follow the form's rules ({@link #check}).
     */
    @Transactional
    public Activity logForCrossTeam(Unit teamUnit, long crossTeamId, ActivityDetails details,
                                    List<AssistedObject> objects, List<Member> members) {
        ActivityType type = type(details.typeId());
        check(details);
        Activity activity = new Activity(teamUnit, type, details.occurredOn(), details.title());
        activity.apply(type, details);
        activity.cover(objects);
        activity.attend(members);
        activity.forCrossTeam(crossTeamId);
        return activities.save(activity);
    }

    @Transactional
    public Activity edit(Scope scope, long id, long version, ActivityDetails details) {
        Activity activity = access.editable(scope, id);
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
        Long kept = activity.getProjectId();
        activity.forProject(kept != null && kept.equals(details.projectId()) ? kept : project(details));
        activity.forTask(task(details, activity.getTaskId()));
        activity.reopen();
        if (activity.getProjectId() != null) {
            events.publishEvent(new ActivityLoggedForProject(activity.getProjectId()));
        }
        return activity;
    }

    @Transactional
    public Activity withdraw(Scope scope, long id, long version, String reason) {
        Activity activity = access.editable(scope, id);
        activity.checkVersion(version);
        activity.withdraw(reason);
        return activity;
    }

    private ActivityType type(long typeId) {
        return types.findById(typeId).filter(t -> !t.isArchived())
                .orElseThrow(() -> new RuleViolation("typeId", "activity.type.invalid"));
    }

    private void check(ActivityDetails details) {
        check(details, LocalDate.now(clock));
    }

    /** The form's rules on what an activity says (the ledger import applies them too): day, objects, figures. */
    static void check(ActivityDetails details, LocalDate today) {
        if (details.occurredOn() == null) {
            throw new RuleViolation("occurredOn", "activity.occurredOn.required");
        }
        if (details.occurredOn().isAfter(today)) {
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

    /** The project chosen, which must be an active one of the group (an edit may keep its project once done). */
    private Long project(ActivityDetails details) {
        if (details.projectId() == null) {
            return null;
        }
        if (!projects.isActiveProjectOf(details.groupId(), details.projectId())) {
            throw new RuleViolation("projectId", "activity.project.invalid");
        }
        return details.projectId();
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
