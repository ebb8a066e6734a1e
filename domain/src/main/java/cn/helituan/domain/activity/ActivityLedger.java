package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.BulkInserts;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

/**
 * The activity log's side of the ledger import (台账导入): an activity created or changed from a ledger row with the
 * rules of the form ({@link ActivityLog#check}: the day not in the future, at least one object, figures not negative
 * and within their usual maximum; the objects actively paired with the group, the members its current members; the
 * type live; the task a live task of the group's plan of the activity's year) — but looked up for a whole pass, not
 * per row: a group's paired objects, current members and open tasks are read once a pass ({@link Pass}). Who may
 * import where is the import's business (an org admin, groups inside their scope). A ledger's paper confirmation is
 * kept as imported words ({@link Activity#confirmedOnPaper}), never as the objects' confirmation.
 * <p>
 * New activities are written set-based ({@link Pass#create}, {@link LedgerInserts}: COPY with pooled ids and their
 * history, exactly the rows the entity path writes); changes to existing ones go through the entities
 * ({@link #update}), as an edit on the form. A batch's candidates for a row's identity are found in SQL by title key
 * ({@link LedgerLookups}, V47), and only the activities that rows name are read as entities.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityLedger {

    private final Activities activities;
    private final Relationships relationships;
    private final Memberships memberships;
    private final TaskChoices tasks;
    private final LedgerLookups lookups;
    private final BulkInserts bulk;
    private final Clock clock;
    private final AuditorAware<String> auditor;

    /** What one ledger row says beside the form's details: the paper confirmation (null: none). */
    public record Paper(String by, LocalDate on) {
    }

    /** The look-ups of one pass, by group: paired objects, current members, open tasks by year and title. */
    public final class Pass {

        private final Map<Long, Set<Long>> paired = new HashMap<>();
        private final Map<Long, Set<Long>> members = new HashMap<>();
        private final Map<String, Map<String, Long>> tasksByTitle = new HashMap<>();
        private LedgerInserts inserts;

        /**
         * Keeps the row's new activity (checked by {@link #check}) for {@link #flush}, written as
         * {@link ActivityLedger#create} would save it; returns its id. Nothing reads it back before the flush.
         */
        public long create(ActivityType type, ActivityDetails details, Paper paper) {
            if (inserts == null) {
                inserts = new LedgerInserts(bulk, () -> clock.instant().truncatedTo(ChronoUnit.MICROS),
                        () -> auditor.getCurrentAuditor().orElse(null));
            }
            return inserts.add(type, details, details.objectIds(), details.memberIds(), paper);
        }

        /** Writes the activities created since the last flush (at the end of every batch). */
        public void flush() {
            if (inserts != null) {
                inserts.flush();
            }
        }

        private Set<Long> paired(long groupId) {
            return paired.computeIfAbsent(groupId, g -> relationships.activeObjectsOf(g).stream()
                    .map(AssistedObject::getId).collect(Collectors.toSet()));
        }

        private Set<Long> members(long groupId) {
            return members.computeIfAbsent(groupId, g -> memberships.currentMembersOf(g).stream()
                    .map(Member::getId).collect(Collectors.toSet()));
        }

        /** The live task of the group's plan for the year with this title (as typed, spaces trimmed), if any. */
        public Optional<Long> task(long groupId, int year, String title) {
            Map<String, Long> byTitle = tasksByTitle.computeIfAbsent(groupId + "/" + year, k -> {
                Map<String, Long> map = new HashMap<>();
                tasks.openTasks(groupId, year).forEach(t -> map.putIfAbsent(t.title().strip(), t.id()));
                return map;
            });
            return Optional.ofNullable(byTitle.get(title.strip()));
        }

        /**
         * The form's rules on the row (as {@link ActivityLog#log} applies them): throws the form's
         * {@link RuleViolation} with the form's field ({@code occurredOn}, {@code objectIds}, {@code memberIds}, a
         * figure's field) for the first rule broken. {@code keptType}: the activity keeps the type it had (which may
         * have been archived since, as an edit on the form may).
         */
        public void check(ActivityType type, ActivityDetails details, LocalDate today, boolean keptType) {
            if (type.isArchived() && !keptType) {
                throw new RuleViolation("typeId", "activity.type.invalid");
            }
            ActivityLog.check(details, today);
            Set<Long> pairedObjects = paired(details.groupId());
            for (Long id : details.objectIds()) {
                if (!pairedObjects.contains(id)) {
                    throw new RuleViolation("objectIds", "activity.objects.notPaired");
                }
            }
            Set<Long> current = members(details.groupId());
            for (Long id : details.memberIds()) {
                if (!current.contains(id)) {
                    throw new RuleViolation("memberIds", "activity.members.notInGroup");
                }
            }
        }
    }

    /**
     * A new pass (its look-ups start empty), in the import's transaction: the tallies of what it writes are counted
     * once, at commit ({@link Activities#deferTallies}), exactly as the triggers would have counted each write.
     */
    public Pass pass() {
        activities.deferTallies();
        return new Pass();
    }

    /** The activities with these ids (any status), their objects read in batches. */
    public List<Activity> byIds(Collection<Long> ids) {
        return activities.findAllByIdIn(ids);
    }

    /**
     * The activities (not withdrawn) with these keys (group, day and title key, {@link LedgerTitles#key}): the
     * candidates for a row's identity (group + day + title + first object; the caller compares the titles as it
     * cleans a cell), one query for a batch of rows, no entity read.
     */
    public List<LedgerLookups.Candidate> candidates(Collection<LedgerLookups.Key> keys) {
        return lookups.candidates(keys);
    }

    /** Logs the row's activity (checked by {@link Pass#check}): objects reported, as the form logs one. */
    public Activity create(Unit group, ActivityType type, ActivityDetails details, List<AssistedObject> objects,
                           List<Member> members, Paper paper) {
        Activity activity = new Activity(group, type, details.occurredOn(), details.title());
        activity.apply(type, details);
        activity.cover(objects);
        activity.attend(members);
        activity.forTask(details.taskId());
        activity.confirmedOnPaper(paper == null ? null : paper.by(), paper == null ? null : paper.on());
        return activities.save(activity);
    }

    /**
     * Whether the activity already says what the row says (then nothing is written). {@code normal} cleans a text
     * as the import cleans a cell (spaces, line breaks, full-width characters), applied to both sides: a text logged
     * on the form as typed is the same as its cleaned cell, so a re-imported export changes nothing.
     */
    public boolean same(Activity a, ActivityType type, ActivityDetails d, Paper paper, UnaryOperator<String> normal) {
        return a.getType().getId().equals(type.getId()) && a.getOccurredOn().equals(d.occurredOn())
                && Objects.equals(blank(a.getTitle(), normal), blank(d.title(), normal))
                && Objects.equals(blank(a.getPlace(), normal), blank(d.place(), normal))
                && Objects.equals(blank(a.getDescription(), normal), blank(d.description(), normal))
                && a.getOtherParticipants() == d.otherParticipants()
                && Objects.equals(blank(a.getProjectNames(), normal), blank(d.projectNames(), normal))
                && sameFigures(a.figures(), d.figures())
                && new HashSet<>(objectIds(a)).equals(new HashSet<>(d.objectIds()))
                && a.getMembers().stream().map(Member::getId).collect(Collectors.toSet())
                        .equals(new HashSet<>(d.memberIds()))
                && Objects.equals(a.getTaskId(), d.taskId())
                && Objects.equals(a.getPaperConfirmedBy(), paper == null ? null : paper.by())
                && Objects.equals(a.getPaperConfirmedOn(), paper == null ? null : paper.on());
    }

    /**
     * Changes the activity to what the row says (checked by {@link Pass#check}), as an edit on the form does: what
     * it says changed, so every object is asked again (unless only the paper confirmation changed).
     */
    public void update(Activity a, ActivityType type, ActivityDetails d, List<AssistedObject> objects,
                       List<Member> members, Paper paper, UnaryOperator<String> normal) {
        boolean facts = !same(a, type, d, a.isConfirmedOnPaper()
                ? new Paper(a.getPaperConfirmedBy(), a.getPaperConfirmedOn()) : null, normal);
        if (facts) {
            a.apply(type, d);
            a.cover(objects);
            a.attend(members);
            a.forTask(d.taskId());
            a.reopen();
        }
        a.confirmedOnPaper(paper == null ? null : paper.by(), paper == null ? null : paper.on());
    }

    /** The ids of the objects the activity covers, in its order (the first is the row's identity). */
    public static List<Long> objectIds(Activity a) {
        return a.getObjects().stream().map(p -> p.getObject().getId()).toList();
    }

    private static boolean sameFigures(Map<Figure, BigDecimal> stored, Map<Figure, BigDecimal> row) {
        if (!stored.keySet().equals(row.keySet())) {
            return false;
        }
        return stored.entrySet().stream().allMatch(e -> e.getValue().compareTo(row.get(e.getKey())) == 0);
    }

    private static String blank(String text, UnaryOperator<String> normal) {
        if (text == null) {
            return null;
        }
        String cleaned = normal.apply(text);
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }
}
