package cn.helituan.domain.activity;

import cn.helituan.domain.history.BulkInserts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ledger import's new activities written set-based ({@link BulkInserts}): each row as the form's entity path
 * would save it ({@link ActivityLedger#create}: {@link Activity}'s constructor, {@code apply}, {@code cover},
 * {@code attend}, {@code forTask}, {@code confirmedOnPaper}) — the activity (status reported, version 0, created and
 * last changed at the pass's instant by the importing user, as JPA auditing stamps it) with its CREATED history, one
 * {@link ActivityObject} per object served in the row's order (reported) with its CREATED history, one
 * {@code activity_member} row per member — with ids from the tables' own pooled sequences. Rows are kept for a batch
 * and sent at {@link #flush}, table by table in the order of their foreign keys (the activities, then their objects,
 * then their members). The tally triggers (V22) see the copied activities as any insert: counted at commit (V37).
 */
final class LedgerInserts {

    private static final String[] ACTIVITY_COLUMNS = {"id", "group_id", "type_id", "occurred_on", "title", "place",
        "description", "other_participants", "funds_secured", "projects_introduced", "project_names",
        "technologies_promoted", "trainings_held", "people_trained", "beneficiaries", "people_employed",
        "produce_sold", "donations", "patients_seen", "status", "withdrawn_reason", "project_id", "task_id",
        "paper_confirmed_by", "paper_confirmed_on", "version", "created_at", "created_by", "updated_at",
        "updated_by"};
    private static final String[] OBJECT_COLUMNS = {"id", "activity_id", "object_id", "status", "reason",
        "decided_by", "decided_at", "version", "created_at", "created_by", "updated_at", "updated_by"};

    private final BulkInserts bulk;
    private final Supplier<Instant> clock;
    private final Supplier<String> auditor;
    private final BulkInserts.Ids activityIds;
    private final BulkInserts.Ids objectIds;
    private final List<Object[]> activities = new ArrayList<>();
    private final List<long[]> objects = new ArrayList<>();
    private final List<long[]> members = new ArrayList<>();
    private Instant at;
    private String by;

    LedgerInserts(BulkInserts bulk, Supplier<Instant> clock, Supplier<String> auditor) {
        this.bulk = bulk;
        this.clock = clock;
        this.auditor = auditor;
        this.activityIds = bulk.ids("activity");
        this.objectIds = bulk.ids("activity_object");
    }

    /** Keeps the new activity for the next {@link #flush}; returns its id. */
    long add(ActivityType type, ActivityDetails d, List<Long> objectIdsServed, List<Long> memberIds,
             ActivityLedger.Paper paper) {
        if (activities.isEmpty()) {
            // the batch's instant and user, as JPA auditing would stamp its saves
            at = clock.get();
            by = auditor.get();
        }
        long id = activityIds.next();
        Map<Figure, BigDecimal> f = d.figures();
        String paperBy = paper == null ? null : paper.by();
        LocalDate paperOn = paperBy == null ? null : paper.on();
        activities.add(new Object[] {id, d.groupId(), type.getId(), d.occurredOn(), d.title(), d.place(),
            d.description(), d.otherParticipants(), money(f.get(Figure.FUNDS_SECURED)),
            whole(f.get(Figure.PROJECTS_INTRODUCED)), d.projectNames(), whole(f.get(Figure.TECHNOLOGIES_PROMOTED)),
            whole(f.get(Figure.TRAININGS_HELD)), whole(f.get(Figure.PEOPLE_TRAINED)),
            whole(f.get(Figure.BENEFICIARIES)), whole(f.get(Figure.PEOPLE_EMPLOYED)),
            money(f.get(Figure.PRODUCE_SOLD)), money(f.get(Figure.DONATIONS)), whole(f.get(Figure.PATIENTS_SEEN)),
            ActivityStatus.REPORTED, null, null, d.taskId(), paperBy, paperOn, 0, null, null, null, null});
        List<Long> seen = new ArrayList<>(objectIdsServed.size());
        for (Long objectId : objectIdsServed) {
            if (!seen.contains(objectId)) {
                seen.add(objectId);
                objects.add(new long[] {objectIds.next(), id, objectId});
            }
        }
        List<Long> went = new ArrayList<>(memberIds.size());
        for (Long memberId : memberIds) {
            if (!went.contains(memberId)) {
                went.add(memberId);
                members.add(new long[] {id, memberId});
            }
        }
        return id;
    }

    /** Sends the kept rows (activities, then their objects, then their members) and forgets them. */
    void flush() {
        if (activities.isEmpty()) {
            return;
        }
        try (BulkInserts.Copy copy = bulk.copy("activity", "Activity", at, by, ACTIVITY_COLUMNS)) {
            for (Object[] row : activities) {
                int n = row.length;
                row[n - 4] = at;
                row[n - 3] = by;
                row[n - 2] = at;
                row[n - 1] = by;
                copy.row(row);
            }
        }
        try (BulkInserts.Copy copy = bulk.copy("activity_object", "ActivityObject", at, by, OBJECT_COLUMNS)) {
            for (long[] row : objects) {
                copy.row(row[0], row[1], row[2], ActivityStatus.REPORTED, null, null, null, 0, at, by, at, by);
            }
        }
        if (!members.isEmpty()) {
            try (BulkInserts.Copy copy = bulk.copy("activity_member", null, null, null, "activity_id", "member_id")) {
                for (long[] row : members) {
                    copy.row(row[0], row[1]);
                }
            }
        }
        activities.clear();
        objects.clear();
        members.clear();
    }

    /** An amount as the numeric column reads it (never in exponent notation). */
    private static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** A count, exactly as {@link Activity} stores it. */
    private static Integer whole(BigDecimal value) {
        return value == null ? null : value.intValueExact();
    }
}
