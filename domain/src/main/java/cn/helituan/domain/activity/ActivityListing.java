package cn.helituan.domain.activity;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.UnitService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readers' side of the log: the list, its totals and timeline, the export's pages, a member's activities, the
 * start page's counts, and an activity's page; each in the reader's scope ({@link ActivityAccess}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityListing {

    /**
     * A list counts this many at most (50 pages of 20): a whole province's log is narrowed by its filters, not paged
     * through, and a count stops reading its index there ("超过 1,000 次活动"). The exact number is in the totals.
     */
    public static final int COUNT_CAP = 1_000;

    private final Activities activities;
    private final ActivityPhotos photos;
    private final ActivityAccess access;
    private final History history;

    @Transactional(readOnly = true)
    public ActivityView view(Scope scope, long id) {
        Activity activity = access.get(scope, id);
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
                access.decidable(scope, activity, () -> itsOwn));
    }

    @Transactional(readOnly = true)
    public ActivityList list(Scope scope, ActivityQuery query, Pageable pageable) {
        ActivityFilter filter = access.filter(scope, query);
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
        List<Activity> found = activities.find(access.filter(scope, query), pageable.getOffset(),
                pageable.getPageSize() + 1);
        List<Activity> content = found.size() > pageable.getPageSize() ? found.subList(0, pageable.getPageSize())
                : found;
        return new PageImpl<>(content, pageable, pageable.getOffset() + found.size());
    }

    /** How many activities the filter finds and the outcome figures of them all, as reported and as confirmed. */
    @Transactional(readOnly = true)
    public ActivityTotals totals(Scope scope, ActivityQuery query) {
        return activities.totals(access.filter(scope, query));
    }

    /** How many activities the query finds in the user's scope, all counted (the start page's attention list). */
    @Transactional(readOnly = true)
    public long count(Scope scope, ActivityQuery query) {
        return activities.count(access.filter(scope, query), Long.MAX_VALUE);
    }

    /**
     * A page of {@link #search} with each activity's objects, members and group path read (the export); the group's
     * own name where the names of the units above it are not given (a first secretary does not read the tree).
     */
    @Transactional(readOnly = true)
    public Page<ActivityLine> lines(Scope scope, ActivityQuery query, Pageable pageable, Map<Long, String> unitNames) {
        return search(scope, query, pageable).map(a -> line(a, unitNames, scope));
    }

    private static ActivityLine line(Activity a, Map<Long, String> unitNames, Scope scope) {
        return new ActivityLine(a,
                unitNames.isEmpty() ? a.getGroup().getName() : UnitService.namePath(a.getGroup().getPath(), unitNames),
                a.getObjects().stream().map(p -> p.getObject().getName()).toList(),
                a.getMembers().stream().map(Member::getName).toList(),
                a.getObjects().stream().map(p -> p.getObject().getCode() + " " + p.getObject().getName()).toList(),
                // the ledger's "name mobile" cells: whole for the org admin (the ledger import's key), starred else
                a.getMembers().stream().map(m -> m.getName() + " "
                        + cn.helituan.domain.common.PersonalData.mobileFor(scope, m.getMobile())).toList());
    }

    /** The activities a member took part in, in groups the reader's scope covers (the member's page). */
    @Transactional(readOnly = true)
    public Page<Activity> ofMember(Scope scope, long memberId, Pageable pageable) {
        scope.requireRoster();
        return activities.ofMember(memberId, scope.pathFilter(), pageable);
    }
}
