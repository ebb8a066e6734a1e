package cn.helituan.domain.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand list and the problem-solving workflow. Who may do what:
 * <ul>
 *   <li>raise: an object's own account (a village's first secretary, another object's contact) for it; an org admin
 *       for any object; a sub-team leader for an object paired with one of their groups;</li>
 *   <li>accept, decline, match (make it a project): an org admin, or a sub-team leader who reads it;</li>
 *   <li>report solved, propose "cannot be solved": the project group's leader, or a manager over the group;</li>
 *   <li>confirm resolved or reopen: whoever raised it — the object's account, or for a demand the organization
 *       department raised, an org admin;</li>
 *   <li>review "cannot be solved": an org admin other than the one who proposed it;</li>
 *   <li>read: the object's account; org admins and reviewers; sub-team and group leaders and members for objects
 *       (ever) paired with a group of theirs, and for projects a group of theirs owns.</li>
 * </ul>
 * Each step checks the demand's state first ({@link Demand}); a step refused changes nothing. A record outside the
 * reader's scope is "not found", as everywhere.
 */
@Service
public class DemandService {

    private final Demands demands;
    private final DemandCategories categories;
    private final Projects projects;
    private final AidResources resources;
    private final DemandSuggestions suggestions;
    private final DemandPhotos photos;
    private final MatchingFacts facts;
    private final AssistedService assisted;
    private final Relationships relationships;
    private final UnitService units;
    private final Memberships memberships;
    private final History history;
    private final Clock clock;

    public DemandService(Demands demands, DemandCategories categories, Projects projects, AidResources resources,
                         DemandSuggestions suggestions, DemandPhotos photos, MatchingFacts facts,
                         AssistedService assisted,
                         Relationships relationships, UnitService units, Memberships memberships, History history,
                         Clock clock) {
        this.demands = demands;
        this.categories = categories;
        this.projects = projects;
        this.resources = resources;
        this.suggestions = suggestions;
        this.photos = photos;
        this.facts = facts;
        this.assisted = assisted;
        this.relationships = relationships;
        this.units = units;
        this.memberships = memberships;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DemandCategory> categories() {
        return categories.findByArchivedFalseOrderBySortOrderAscIdAsc();
    }

    /** Whether the user may raise demands at all (the list offers the button). */
    public boolean canRaise(Scope scope) {
        return scope.role() == Role.FIRST_SECRETARY && scope.objectId() != null || scope.canManageStructure();
    }

    /**
     * The objects the user may raise a demand for: their own object; a sub-team leader's paired objects. An org admin
     * raises from an object's page ({@code objectId}), the register being too long for a list.
     */
    @Transactional(readOnly = true)
    public List<AssistedObject> raisable(Scope scope, Long objectId) {
        if (!canRaise(scope)) {
            throw new ForbiddenException("raise demands");
        }
        if (scope.role() == Role.FIRST_SECRETARY) {
            return List.of(assisted.get(scope, scope.objectId()));
        }
        if (objectId != null) {
            return List.of(assisted.get(scope, objectId));
        }
        if (scope.wholeDeployment()) {
            return List.of();
        }
        // every term of the groups under the path with its object, in one statement
        Map<Long, AssistedObject> paired = new LinkedHashMap<>();
        relationships.inPath(scope.pathFilter(), Pageable.unpaged()).stream().filter(Relationship::isActive)
                .forEach(r -> paired.putIfAbsent(r.getObject().getId(), r.getObject()));
        return List.copyOf(paired.values());
    }

    @Transactional
    public Demand raise(Scope scope, DemandDetails details) {
        if (details.objectId() == null) {
            throw new RuleViolation("objectId", "demand.object.required");
        }
        // an object outside the user's scope is refused on the field, the same whether it exists or not
        AssistedObject object;
        try {
            object = scope.role() == Role.FIRST_SECRETARY && !details.objectId().equals(scope.objectId()) ? null
                    : raisable(scope, details.objectId()).stream().filter(o -> o.getId().equals(details.objectId()))
                            .findFirst().orElse(null);
        } catch (NotFoundException e) {
            object = null;
        }
        if (object == null) {
            throw new RuleViolation("objectId", "demand.object.outOfScope");
        }
        Demand demand = new Demand(object, scope.role() == Role.FIRST_SECRETARY);
        describe(demand, details);
        return demands.save(demand);
    }

    /** Changes what a demand says, while nobody has taken it up: by whoever raised it, or a manager. */
    @Transactional
    public Demand edit(Scope scope, long id, long version, DemandDetails details) {
        Demand demand = get(scope, id);
        if (!canEdit(scope, demand)) {
            throw new ForbiddenException("edit demand");
        }
        demand.checkVersion(version);
        if (demand.getStatus() != DemandStatus.RAISED) {
            throw RuleViolation.global("demand.refused.edit");
        }
        describe(demand, details);
        return demand;
    }

    public boolean canEdit(Scope scope, Demand demand) {
        return demand.getStatus() == DemandStatus.RAISED
                && (scope.username().equals(demand.getCreatedBy()) || manages(scope, demand));
    }

    private void describe(Demand demand, DemandDetails details) {
        DemandCategory category = details.categoryId() == null ? null
                : categories.findById(details.categoryId()).filter(c -> !c.isArchived()).orElse(null);
        if (category == null) {
            throw new RuleViolation("categoryId", "demand.category.invalid");
        }
        if (details.wantedBy() != null && details.wantedBy().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("wantedBy", "demand.wantedBy.past");
        }
        demand.describe(category, details.title(), details.description(), details.urgency(), details.wantedBy());
    }

    @Transactional
    public Demand accept(Scope scope, long id, long version) {
        Demand demand = managed(scope, id, version);
        demand.accept();
        return demand;
    }

    @Transactional
    public Demand decline(Scope scope, long id, long version, String reason) {
        Demand demand = managed(scope, id, version);
        demand.decline(reason);
        return demand;
    }

    /** What the matching page shows: the suggested resources and groups, best first, each with its reasons. */
    public record Suggestions(List<Suggestion> resources, List<Suggestion> groups) {
    }

    @Transactional(readOnly = true)
    public Suggestions suggest(Scope scope, long id) {
        Demand demand = get(scope, id);
        if (!manages(scope, demand)) {
            throw new ForbiddenException("match demand");
        }
        return suggest(scope, demand);
    }

    private Suggestions suggest(Scope scope, Demand demand) {
        String prefix = scope.wholeDeployment() ? null : scope.pathFilter();
        DemandCategory category = demand.getCategory();
        LocalDate today = LocalDate.now(clock);
        List<MatchingFacts.GroupFacts> groups = facts.groups(prefix, demand.getObject().getId(), category.getId(),
                category.keywordList(), today);
        // ranked on what was left a few minutes ago, then the best of them again on what is left now
        List<MatchingFacts.ResourceFacts> offered = facts.resources(prefix, category.getId(),
                category.keywordList(), today);
        List<Suggestion> first = DemandMatcher.rankResources(offered, groups, demand.getWantedBy(),
                3 * DemandMatcher.SHOWN);
        Map<Long, BigDecimal> left = facts.remaining(first.stream().map(Suggestion::targetId).toList());
        List<MatchingFacts.ResourceFacts> current = offered.stream().filter(r -> left.containsKey(r.resourceId()))
                .map(r -> r.withRemaining(left.get(r.resourceId()))).toList();
        return new Suggestions(DemandMatcher.rankResources(current, groups, demand.getWantedBy()),
                DemandMatcher.rankGroups(groups, demand.getObject().getCategories()));
    }

    /**
     * The current members of the suggested groups, by group (the matching form's choice of a responsible member):
     * one query.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Member>> membersOf(List<Suggestion> groups) {
        Map<Long, List<Member>> byGroup = new LinkedHashMap<>();
        groups.forEach(g -> byGroup.put(g.targetId(), new java.util.ArrayList<>()));
        if (!groups.isEmpty()) {
            memberships.activeInUnits(byGroup.keySet())
                    .forEach(s -> byGroup.get(s.getUnit().getId()).add(s.getMember()));
        }
        return byGroup;
    }

    /**
     * Makes the accepted demand a project: its group (which must be live and in scope), a responsible member of it,
     * the resources it takes (each no more than is left), dates and budget. The suggestions on screen are recorded,
     * each taken or ignored. One transaction: a resource refused leaves nothing behind.
     */
    @Transactional
    public Project match(Scope scope, long id, long version, MatchDetails details) {
        Demand demand = managed(scope, id, version);
        if (demand.getStatus() != DemandStatus.ACCEPTED) {
            throw RuleViolation.global("demand.refused.match");
        }
        if (details.groupId() == null) {
            throw new RuleViolation("groupId", "project.group.required");
        }
        Unit group = units.get(scope, details.groupId());
        if (group.getKind() != UnitKind.GROUP || group.isArchived()) {
            throw new RuleViolation("groupId", "project.group.invalid");
        }
        Member responsible = null;
        if (details.responsibleId() != null) {
            responsible = memberships.activeInUnit(group.getId()).stream().map(Membership::getMember)
                    .filter(m -> m.getId().equals(details.responsibleId())).findFirst()
                    .orElseThrow(() -> new RuleViolation("responsibleId", "project.responsible.notInGroup"));
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("title", "project.title.required");
        }
        // the suggestions as they stood on screen, before this match takes any resource
        Suggestions shown = suggest(scope, demand);
        Project project = new Project(demand, group, responsible, details.title().strip(), details.startsOn(),
                details.deadline(), details.budget());
        Map<Long, BigDecimal> taken = details.allocations() == null ? Map.of() : details.allocations();
        List<AidResource> chosen = resources.withIds(taken.keySet());
        if (chosen.size() != taken.size()) {
            throw new RuleViolation("resources", "resource.notFound");
        }
        for (AidResource resource : chosen) {
            requireReadable(scope, resource);
            project.take(resource, taken.get(resource.getId()));
        }
        record(demand, shown.resources(), taken.keySet());
        record(demand, shown.groups(), Set.of(group.getId()));
        demand.match();
        return projects.save(project);
    }

    private void record(Demand demand, List<Suggestion> shown, Set<Long> takenIds) {
        for (int i = 0; i < shown.size(); i++) {
            Suggestion s = shown.get(i);
            suggestions.save(new DemandSuggestion(demand, s.kind(), s.targetId(), s.score(), i + 1,
                    takenIds.contains(s.targetId()) ? DemandSuggestion.Decision.ACCEPTED
                            : DemandSuggestion.Decision.IGNORED, s.reasonsColumn()));
        }
    }

    /** The group reports the demand solved: its project is done, and the raiser is asked to confirm. */
    @Transactional
    public Demand reportSolved(Scope scope, long id, long version) {
        Demand demand = get(scope, id);
        Project project = worked(scope, demand);
        demand.checkVersion(version);
        demand.reportSolved();
        project.finish(ProjectStatus.DONE);
        return demand;
    }

    /** The raiser confirms it resolved ({@code resolved}), or reopens it with a reason (its project resumes). */
    @Transactional
    public Demand answer(Scope scope, long id, long version, boolean resolved, String reason) {
        Demand demand = get(scope, id);
        if (!raiser(scope, demand)) {
            throw new ForbiddenException("confirm demand");
        }
        demand.checkVersion(version);
        if (resolved) {
            demand.confirmResolved(LocalDate.now(clock));
        } else {
            demand.reopen(reason);
            projects.findByDemandId(id).ifPresent(Project::resume);
        }
        return demand;
    }

    /** "Cannot be solved", with a reason: by a manager before a project exists, else by the project's group. */
    @Transactional
    public Demand proposeUnsolvable(Scope scope, long id, long version, String reason) {
        Demand demand = get(scope, id);
        Optional<Project> project = projects.findByDemandId(id);
        if (project.isPresent()) {
            worked(scope, demand);
        } else if (!manages(scope, demand)) {
            throw new ForbiddenException("propose unsolvable");
        }
        demand.checkVersion(version);
        demand.proposeUnsolvable(reason);
        return demand;
    }

    /** The organization department's review of "cannot be solved": agreed, the project stops; else work goes on. */
    @Transactional
    public Demand reviewUnsolvable(Scope scope, long id, long version, boolean agreed) {
        Demand demand = get(scope, id);
        if (scope.role() != Role.ORG_ADMIN) {
            throw new ForbiddenException("review unsolvable");
        }
        if (demand.getStatus() == DemandStatus.UNSOLVABLE_PROPOSED && scope.username().equals(demand.getUpdatedBy())) {
            throw RuleViolation.global("demand.review.own");
        }
        demand.checkVersion(version);
        demand.reviewUnsolvable(agreed);
        if (agreed) {
            projects.findByDemandId(id).ifPresent(p -> p.finish(ProjectStatus.STOPPED));
        }
        return demand;
    }

    /** Photos a demand may have. */
    public static final int MAX_PHOTOS = 9;

    /**
     * Whether the user may add or take off photos: whoever raised it or a manager over it, while it is open (the
     * problem as it was shown; the work's own evidence is its activities' photos).
     */
    public boolean canAddPhotos(Scope scope, Demand demand) {
        return demand.getStatus().isOpen()
                && (scope.username().equals(demand.getCreatedBy()) || raiser(scope, demand) || manages(scope, demand));
    }

    @Transactional
    public DemandPhoto addPhoto(Scope scope, long id, cn.helituan.domain.photo.PhotoUpload upload) {
        Demand demand = photoWriter(scope, id);
        if (photos.countByDemandIdAndRemovedFalse(id) >= MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        DemandPhoto photo = photos.save(new DemandPhoto(demand, upload));
        photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        return photo;
    }

    @Transactional
    public void removePhoto(Scope scope, long id, long photoId) {
        photoWriter(scope, id);
        photo(id, photoId).remove();
    }

    /** A photo's image (or thumbnail), for whoever reads the demand. */
    @Transactional(readOnly = true)
    public byte[] photoBytes(Scope scope, long id, long photoId, boolean thumbnail) {
        get(scope, id);
        return photos.bytes(photo(id, photoId).getId(), thumbnail);
    }

    @Transactional(readOnly = true)
    public DemandPhoto photoOf(Scope scope, long id, long photoId) {
        get(scope, id);
        return photo(id, photoId);
    }

    private DemandPhoto photo(long id, long photoId) {
        return photos.findById(photoId).filter(p -> !p.isRemoved() && p.getDemand().getId() == id)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private Demand photoWriter(Scope scope, long id) {
        Demand demand = get(scope, id);
        if (!canAddPhotos(scope, demand)) {
            throw new ForbiddenException("demand photos");
        }
        return demand;
    }

    /** What a demand's page shows, read once. */
    public record DemandView(Demand demand, Project project, List<DemandSuggestion> suggestions,
                             List<HistoryEntry> history, boolean canEdit, boolean manages, boolean works,
                             boolean confirms, boolean reviews, List<DemandPhoto> photos, boolean canAddPhotos) {
    }

    @Transactional(readOnly = true)
    public DemandView view(Scope scope, long id) {
        Demand demand = get(scope, id);
        Project project = projects.findByDemandId(id).orElse(null);
        if (project != null) {
            project.getGroup().getName();
        }
        boolean manages = manages(scope, demand);
        return new DemandView(demand, project,
                manages || scope.role() == Role.REVIEWER ? suggestions.findByDemandIdOrderByKindAscRankAsc(id)
                        : List.of(),
                history.of(Demand.class, id), canEdit(scope, demand), manages,
                project != null && works(scope, project), confirms(scope, demand), reviews(scope, demand),
                photos.findByDemandIdAndRemovedFalseOrderById(id), canAddPhotos(scope, demand));
    }

    @Transactional(readOnly = true)
    public Demand get(Scope scope, long id) {
        Demand demand = demands.findById(id).orElseThrow(() -> new NotFoundException("demand", id));
        if (!reads(scope, demand)) {
            throw new NotFoundException("demand", id);
        }
        demand.getObject().getName();
        demand.getCategory().getName();
        return demand;
    }

    /** A page of the user's demands, latest first, and how many the filter finds. */
    @Transactional(readOnly = true)
    public Page<Demand> list(Scope scope, DemandQuery query, Pageable pageable) {
        DemandFilter filter = filter(scope, query);
        long total = demands.count(filter);
        List<Demand> content = total <= pageable.getOffset() ? List.of()
                : demands.find(filter, pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(content, pageable, total);
    }

    /** A page of the list and the figures of what its filter finds; the figures' collected is the page's total. */
    public record Listing(Page<Demand> rows, DemandTally tally) {
    }

    /**
     * The list page's rows and figures with one count: the tally's collected demands are the page's total (the same
     * filter), so the demands are not counted twice.
     */
    @Transactional(readOnly = true)
    public Listing listing(Scope scope, DemandQuery query, Pageable pageable) {
        DemandFilter filter = filter(scope, query);
        DemandTally tally = demands.tally(filter);
        List<Demand> content = tally.collected() <= pageable.getOffset() ? List.of()
                : demands.find(filter, pageable.getOffset(), pageable.getPageSize());
        return new Listing(new PageImpl<>(content, pageable, tally.collected()), tally);
    }

    /** The figures of the user's demands: collected, resolved, open, overdue… */
    @Transactional(readOnly = true)
    public DemandTally tally(Scope scope, DemandQuery query) {
        return demands.tally(filter(scope, query));
    }

    /** Whether the user reads demands at all (the menu offers them). */
    public boolean readsDemands(Scope scope) {
        return scope.role() == Role.FIRST_SECRETARY ? scope.objectId() != null : scope.canReadRoster();
    }

    private DemandFilter filter(Scope scope, DemandQuery query) {
        Long objectId = query.objectId();
        String prefix;
        if (scope.role() == Role.FIRST_SECRETARY) {
            if (scope.objectId() == null) {
                throw new ForbiddenException("read demands");
            }
            if (objectId != null && !objectId.equals(scope.objectId())) {
                throw new NotFoundException("assistedObject", objectId);
            }
            objectId = scope.objectId();
            prefix = null;
        } else {
            scope.requireRoster();
            prefix = scope.canReadRegister() ? null : scope.pathFilter();
        }
        LocalDate today = LocalDate.now(clock);
        Set<DemandStatus> statuses = query.status() != null ? EnumSet.of(query.status())
                : query.open() || query.overdue() ? openStatuses() : null;
        return new DemandFilter(objectId, prefix, statuses, query.categoryId(), query.urgency(),
                query.overdue() ? today : null,
                query.from() == null ? null : query.from().atStartOfDay(clock.getZone()).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private static Set<DemandStatus> openStatuses() {
        Set<DemandStatus> open = EnumSet.allOf(DemandStatus.class);
        open.removeAll(DemandStatus.CLOSED);
        return open;
    }

    private boolean reads(Scope scope, Demand demand) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            return scope.objectId() != null && scope.objectId().equals(demand.getObject().getId());
        }
        if (scope.canReadRegister()) {
            return true;
        }
        if (!scope.canReadRoster()) {
            return false;
        }
        if (relationships.pairedInPath(demand.getObject().getId(), scope.pathFilter())) {
            return true;
        }
        return projects.findByDemandId(demand.getId()).filter(p -> scope.covers(p.getGroup().getPath())).isPresent();
    }

    /** An org admin, or a sub-team leader who reads the demand. */
    private boolean manages(Scope scope, Demand demand) {
        return scope.role() == Role.ORG_ADMIN || scope.role() == Role.SUB_TEAM_LEADER && reads(scope, demand);
    }

    /** The project group's leader, or a manager over the group. */
    private boolean works(Scope scope, Project project) {
        return scope.covers(project.getGroup().getPath()) && (scope.canManageStructure()
                || scope.role() == Role.GROUP_LEADER && project.getGroup().getId().equals(scope.unitId()));
    }

    /** Whoever answers for the raiser: the object's account, or for a demand the department raised, an org admin. */
    private boolean raiser(Scope scope, Demand demand) {
        return demand.isRaisedByObject()
                ? scope.role() == Role.FIRST_SECRETARY && demand.getObject().getId().equals(scope.objectId())
                : scope.role() == Role.ORG_ADMIN;
    }

    private boolean confirms(Scope scope, Demand demand) {
        return demand.getStatus() == DemandStatus.SOLVED && raiser(scope, demand);
    }

    private boolean reviews(Scope scope, Demand demand) {
        // the proposal was the demand's last change: whoever made it does not review it
        return demand.getStatus() == DemandStatus.UNSOLVABLE_PROPOSED && scope.role() == Role.ORG_ADMIN
                && !scope.username().equals(demand.getUpdatedBy());
    }

    private Demand managed(Scope scope, long id, long version) {
        Demand demand = get(scope, id);
        if (!manages(scope, demand)) {
            throw new ForbiddenException("manage demand");
        }
        demand.checkVersion(version);
        return demand;
    }

    private Project worked(Scope scope, Demand demand) {
        Project project = projects.findByDemandId(demand.getId())
                .orElseThrow(() -> RuleViolation.global("demand.refused.solve"));
        if (!works(scope, project)) {
            throw new ForbiddenException("work on project");
        }
        return project;
    }

    private void requireReadable(Scope scope, AidResource resource) {
        if (!ResourceService.reads(scope, resource, memberships)) {
            throw new RuleViolation("resources", "resource.notFound");
        }
    }
}
