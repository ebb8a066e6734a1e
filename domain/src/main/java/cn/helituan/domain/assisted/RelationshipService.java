package cn.helituan.domain.assisted;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assistance relationships: a group paired with an object for a term. They belong to the team tree through their
 * group: whoever reads a group reads its relationships, whoever manages its structure (org admins, sub-team leaders)
 * pairs, ends and renews them. A first secretary reads the relationships of their own object.
 */
@Service
@RequiredArgsConstructor
public class RelationshipService {

    /** Relationships ending within this many days are listed as a warning. */
    public static final int ENDING_SOON_DAYS = 60;

    private final Relationships relationships;
    private final AssistedObjects objects;
    private final UnitService units;
    private final History history;
    private final Clock clock;

    /**
     * The warnings of a scope: terms ending within {@value #ENDING_SOON_DAYS} days (soonest first) and groups with
     * no active term, each the first {@value #OVERVIEW_LIMIT} with the total.
     */
    public record Overview(Page<Relationship> endingSoon, Page<Unit> groupsWithout, LocalDate today) {
    }

    /** How many of each warning the overview lists (a province may have thousands of groups). */
    public static final int OVERVIEW_LIMIT = 100;

    /** Every term of the groups in scope, past and present, a page at a time (the export). */
    @Transactional(readOnly = true)
    public Page<Relationship> all(Scope scope, Pageable pageable) {
        scope.requireRoster();
        return relationships.inPath(scope.pathFilter(), pageable);
    }

    @Transactional(readOnly = true)
    public Overview overview(Scope scope) {
        scope.requireRoster();
        LocalDate today = LocalDate.now(clock);
        PageRequest first = PageRequest.of(0, OVERVIEW_LIMIT);
        return new Overview(relationships.activeEndingBy(scope.pathFilter(), today.plusDays(ENDING_SOON_DAYS), first),
                relationships.groupsWithoutActive(scope.pathFilter(), today, first), today);
    }

    /** A page of terms, with how many objects all of them pair (each once) and in how many industrial chains. */
    public record Paired(Page<Relationship> rows, long objects, long chains) {
    }

    /**
     * The terms of the groups in scope, of a kind of object and in a state on a day (null: any; the day null: today):
     * the list behind the dashboard's paired objects, chains and relationships in force (CURRENT on the structure's
     * day).
     */
    @Transactional(readOnly = true)
    public Paired search(Scope scope, AssistedKind kind, RelationshipState state, LocalDate day, Pageable pageable) {
        scope.requireRoster();
        LocalDate on = day == null ? today() : day;
        String name = state == null ? null : state.name();
        long[] counts = relationships.objectsAndChains(scope.pathFilter(), kind, name, on);
        return new Paired(relationships.search(scope.pathFilter(), kind, name, on, pageable), counts[0], counts[1]);
    }

    /** Today by the application's clock (the day the pages read states on). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How many active terms in scope end within the overview's 60 days (or are overdue): the dashboard's figure. */
    @Transactional(readOnly = true)
    public long countEndingSoon(Scope scope) {
        scope.requireRoster();
        return relationships.activeEndingBy(scope.pathFilter(), LocalDate.now(clock).plusDays(ENDING_SOON_DAYS),
                PageRequest.of(0, 1)).getTotalElements();
    }

    @Transactional(readOnly = true)
    public Relationship get(Scope scope, long id) {
        Relationship relationship = relationships.findById(id)
                .orElseThrow(() -> new NotFoundException("relationship", id));
        if (scope.role() == Role.FIRST_SECRETARY) {
            if (!relationship.getObject().getId().equals(scope.objectId())) {
                throw new NotFoundException("relationship", id);
            }
        } else if (!scope.canReadRoster() || !scope.covers(relationship.getGroup().getPath())) {
            throw new NotFoundException("relationship", id);
        }
        return relationship;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(Relationship.class, id);
    }

    /**
     * An object's relationships, for whoever may read the object (the caller checked that): its first secretary
     * sees every group paired with it, everyone else the groups inside their scope.
     */
    @Transactional(readOnly = true)
    public List<Relationship> ofObject(Scope scope, long objectId) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            return relationships.ofObject(objectId, "");
        }
        return scope.canReadRoster() ? relationships.ofObject(objectId, scope.pathFilter()) : List.of();
    }

    @Transactional(readOnly = true)
    public List<Relationship> ofGroup(Scope scope, long groupId) {
        units.get(scope, groupId);
        return relationships.ofGroup(groupId);
    }

    /** Whether the object is paired (now or before) with a group the account reads. */
    @Transactional(readOnly = true)
    public boolean pairedInScope(Scope scope, long objectId) {
        return scope.canReadRoster() && relationships.pairedInPath(objectId, scope.pathFilter());
    }

    @Transactional
    public Relationship create(Scope scope, long groupId, long objectId, LocalDate startsOn, LocalDate endsOn,
                               AssistanceFocus focus, String agreement) {
        scope.requireStructure();
        Unit group = units.get(scope, groupId);
        AssistedObject object = objects.findById(objectId).filter(o -> !o.isArchived())
                .orElseThrow(() -> new RuleViolation("objectId", "relationship.object.invalid"));
        if (relationships.existsActive(groupId, objectId)) {
            throw new RuleViolation("objectId", "relationship.duplicate");
        }
        return relationships.save(new Relationship(group, object, startsOn, endsOn, focus, agreement));
    }

    @Transactional
    public Relationship end(Scope scope, long id, long version, LocalDate day) {
        Relationship relationship = manageable(scope, id);
        relationship.checkVersion(version);
        relationship.end(day);
        return relationship;
    }

    @Transactional
    public Relationship renew(Scope scope, long id, long version, LocalDate endsOn, AssistanceFocus focus,
                              String agreement) {
        Relationship relationship = manageable(scope, id);
        relationship.checkVersion(version);
        Relationship next = relationship.renew(endsOn, focus, agreement);
        // the old term leaves ACTIVE before the new one arrives (one active term per group and object)
        relationships.flush();
        return relationships.save(next);
    }

    private Relationship manageable(Scope scope, long id) {
        scope.requireStructure();
        return get(scope, id);
    }
}
