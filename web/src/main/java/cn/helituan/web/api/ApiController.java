package cn.helituan.web.api;

import cn.helituan.domain.activity.ActivityLine;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedQuery;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.dashboard.Dashboard;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.dashboard.PeriodParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only data API (docs/api.md) for an upper-level organization department to pull: the dashboard's figures
 * for a period and paginated lists of units, members, objects, relationships and activities, each through the same
 * service call as its page, so each is filtered by the caller's scope exactly as the page is. Signed in by session or
 * by an API token (Authorization: Bearer hlt_…).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiController {

    /** The largest page a caller may ask for. */
    static final int MAX_SIZE = 200;

    private final DashboardService dashboards;
    private final UnitService units;
    private final MemberService members;
    private final AssistedService assisted;
    private final RelationshipService relationships;
    private final ActivityListing activities;

    /** A page of a list: its rows, where it is, and how many there are in all. */
    record PageJson<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

        static <E, T> PageJson<T> of(Page<E> page, Function<E, T> map) {
            return new PageJson<>(page.getContent().stream().map(map).toList(), page.getNumber() + 1, page.getSize(),
                    page.getTotalElements(), page.getTotalPages());
        }
    }

    /** A page of activities, not counted (a province has millions): whether another page follows. */
    record SlicePage<T>(List<T> content, int page, int size, boolean hasNext) {
    }

    @GetMapping("/dashboard")
    Dashboard dashboard(Scope scope, PeriodParams params) {
        return dashboards.dashboard(scope, params.resolve(dashboards.thisMonth()));
    }

    record UnitJson(long id, Long parentId, String kind, String name, String localName, String field, String path,
                    int depth, boolean archived) {
    }

    @GetMapping("/units")
    PageJson<UnitJson> units(Scope scope, @RequestParam(defaultValue = "1") int page,
                             @RequestParam(defaultValue = "50") int size) {
        return PageJson.of(units.page(scope, pageable(page, size)), u -> new UnitJson(u.getId(), u.getParentId(),
                u.getKind().name(), u.getName(), u.getLocalName(), u.getField() == null ? null : u.getField().name(),
                u.getPath(), u.getDepth(), u.isArchived()));
    }

    record MemberJson(long id, String name, String gender, String workUnit, String post, String rank,
                      String specialty, String mobile, boolean partyMember, String type, boolean archived,
                      String units) {
    }

    @GetMapping("/members")
    PageJson<MemberJson> members(Scope scope, @RequestParam(required = false) Long unit,
                                 @RequestParam(defaultValue = "1") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        Page<MemberRow> rows = members.search(scope, new MemberQuery(null, unit, null, null, null, false),
                pageable(page, size));
        return PageJson.of(rows, m -> new MemberJson(m.id(), m.name(), m.gender() == null ? null : m.gender().name(),
                m.workUnit(), m.post(), m.rank(), m.specialty(),
                cn.helituan.domain.common.PersonalData.mobileFor(scope, m.mobile()), m.partyMember(),
                m.type() == null ? null : m.type().name(), m.archived(), m.units()));
    }

    record ObjectJson(long id, String kind, String code, String name, Long regionId, List<String> categories,
                      Integer population, Integer households, Long chainId, boolean archived) {
    }

    /** The register (org admins and reviewers, as its page). */
    @GetMapping("/objects")
    PageJson<ObjectJson> objects(Scope scope, @RequestParam(required = false) AssistedKind kind,
                                 @RequestParam(required = false) Boolean paired,
                                 @RequestParam(defaultValue = "1") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        Page<AssistedObject> rows = assisted.search(scope, new AssistedQuery(null, kind, null, null, null, paired,
                false), pageable(page, size));
        return PageJson.of(rows, o -> new ObjectJson(o.getId(), o.getKind().name(), o.getCode(), o.getName(),
                o.getRegion() == null ? null : o.getRegion().getId(),
                o.getCategories().stream().map(Enum::name).sorted().toList(), o.getPopulation(), o.getHouseholds(),
                o.getChain() == null ? null : o.getChain().getId(), o.isArchived()));
    }

    record RelationshipJson(long id, long groupId, String groupName, long objectId, String objectName,
                            String objectKind, LocalDate startsOn, LocalDate endsOn, String focus, String status,
                            LocalDate endedOn) {
    }

    @GetMapping("/relationships")
    PageJson<RelationshipJson> relationships(Scope scope, @RequestParam(defaultValue = "1") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        Page<Relationship> rows = relationships.all(scope, pageable(page, size));
        return PageJson.of(rows, r -> new RelationshipJson(r.getId(), r.getGroup().getId(), r.getGroup().getName(),
                r.getObject().getId(), r.getObject().getName(), r.getObject().getKind().name(), r.getStartsOn(),
                r.getEndsOn(), r.getFocus().name(), r.getStatus().name(), r.getEndedOn()));
    }

    record ActivityJson(long id, long groupId, String group, String type, LocalDate occurredOn, String title,
                        String place, String status, List<String> objects, List<String> members,
                        Map<Figure, BigDecimal> figures) {
    }

    /**
     * The activities the activity list shows for the same filters, latest first; pull a month at a time with
     * from/to (deep pages of a whole province are slow to skip to).
     */
    @GetMapping("/activities")
    SlicePage<ActivityJson> activities(Scope scope,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate to,
                                       @RequestParam(required = false) Long unit,
                                       @RequestParam(required = false) Long type,
                                       @RequestParam(required = false) ActivityStatus status,
                                       @RequestParam(defaultValue = "1") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        Pageable pageable = pageable(page, size);
        Page<ActivityLine> lines = activities.lines(scope, new ActivityQuery(from, to, type, status, unit, null, null),
                pageable, Map.of());
        List<ActivityJson> content = lines.getContent().stream().map(l -> new ActivityJson(l.activity().getId(),
                l.activity().getGroup().getId(), l.groupPath(), l.activity().getType().getCode(),
                l.activity().getOccurredOn(), l.activity().getTitle(), l.activity().getPlace(),
                l.activity().getStatus().name(), l.objects(), l.members(), l.activity().figures())).toList();
        return new SlicePage<>(content, page, pageable.getPageSize(),
                lines.getTotalElements() > pageable.getOffset() + content.size());
    }

    private static Pageable pageable(int page, int size) {
        return PageRequest.of(Math.max(page, 1) - 1, Math.min(Math.max(size, 1), MAX_SIZE));
    }
}
