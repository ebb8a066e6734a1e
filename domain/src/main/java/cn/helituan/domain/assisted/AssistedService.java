package cn.helituan.domain.assisted;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NamePattern;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of assisted objects. The organization department (and its reviewers) reads all of it and its
 * administrators change it; a first secretary reads their own village; sub-teams and groups read the objects their
 * groups are or were paired with.
 */
@Service
@RequiredArgsConstructor
public class AssistedService {

    private final AssistedObjects objects;
    private final Regions regions;
    private final IndustrialChains chains;
    private final Relationships relationships;
    private final Stationings stationings;
    private final Members members;
    private final Memberships memberships;
    private final History history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * The objects a form's choice list holds for the use (an account's, a pairing's): every live object when there
     * are at most {@value UnitService#FILTER_LIMIT}; above (a province's register), only the chosen one, if live —
     * the page finds the others as the user types ({@link #picks}), so a refused form still shows what was chosen.
     */
    @Transactional(readOnly = true)
    public List<AssistedObject> formChoices(Scope scope, ObjectUse use, Long chosenId) {
        use.require(scope);
        if (objects.countByArchivedFalse() <= UnitService.FILTER_LIMIT) {
            return objects.findByArchivedFalseOrderByName();
        }
        return chosenId == null ? List.of()
                : objects.findById(chosenId).filter(o -> !o.isArchived()).map(List::of).orElse(List.of());
    }

    /** Type to find: the live objects whose name contains the text, by name, at most {@code limit} (50 at most). */
    @Transactional(readOnly = true)
    public List<ObjectPick> picks(Scope scope, ObjectUse use, String text, int limit) {
        use.require(scope);
        return objects.picks(NamePattern.contains(text),
                PageRequest.of(0, Math.max(1, Math.min(limit, UnitService.SEARCH_LIMIT))));
    }

    @Transactional(readOnly = true)
    public Optional<AssistedObject> find(long id) {
        return objects.findById(id);
    }

    @Transactional(readOnly = true)
    public Page<AssistedObject> search(Scope scope, AssistedQuery query, Pageable pageable) {
        scope.requireRegister();
        return objects.search(query, pageable);
    }

    /** The object, with its region and chain, if the account may read it; otherwise "not found" or refused. */
    @Transactional(readOnly = true)
    public AssistedObject get(Scope scope, long id) {
        if (!mayRead(scope, id)) {
            throw new NotFoundException("assistedObject", id);
        }
        AssistedObject object = objects.findById(id).filter(o -> !o.isArchived())
                .orElseThrow(() -> new NotFoundException("assistedObject", id));
        if (object.getRegion() != null) {
            object.getRegion().getName();
        }
        if (object.getChain() != null) {
            object.getChain().getName();
        }
        return object;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(AssistedObject.class, id);
    }

    @Transactional(readOnly = true)
    public List<IndustrialChain> chains(Scope scope) {
        scope.requireRegister();
        return chains.findByArchivedFalseOrderByName();
    }

    @Transactional
    public AssistedObject create(Scope scope, AssistedDetails details) {
        return create(scope, details, null);
    }

    /** Creates the object and, for a village or community, its place for the check-in (null: none yet). */
    @Transactional
    public AssistedObject create(Scope scope, AssistedDetails details, ObjectPlace place) {
        scope.requireAccounts();
        if (place != null) {
            place.check();
        }
        if (objects.existsByCodeIgnoreCase(details.code())) {
            throw new RuleViolation("code", "assisted.code.taken");
        }
        AssistedObject object = new AssistedObject(details.kind(), details.name(), details.code());
        object.apply(details, region(details), chain(details));
        if (place != null) {
            object.locate(place);
        }
        return objects.save(object);
    }

    @Transactional
    public AssistedObject update(Scope scope, long id, long version, AssistedDetails details) {
        return update(scope, id, version, details, null);
    }

    /** Updates the object and (place non-null) its place for the check-in, in one action. */
    @Transactional
    public AssistedObject update(Scope scope, long id, long version, AssistedDetails details, ObjectPlace place) {
        scope.requireAccounts();
        AssistedObject object = live(id);
        object.checkVersion(version);
        objects.findByCodeIgnoreCase(details.code()).filter(other -> !other.getId().equals(object.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation("code", "assisted.code.taken");
                });
        object.apply(details, region(details), chain(details));
        if (place != null) {
            object.locate(place);
        }
        return object;
    }

    @Transactional
    public void archive(Scope scope, long id, long version) {
        scope.requireAccounts();
        AssistedObject object = live(id);
        object.checkVersion(version);
        if (relationships.countActiveOfObject(id) > 0) {
            throw RuleViolation.global("assisted.archive.hasRelationships");
        }
        if (stationings.existsOpen(id)) {
            throw RuleViolation.global("assisted.archive.hasSecretary");
        }
        object.archive();
    }

    /**
     * Whether the scope reads the object's page ({@link #get} answers rather than "not found", the object being
     * live): a page that names the object links to it only then.
     */
    @Transactional(readOnly = true)
    public boolean mayRead(Scope scope, long id) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            return scope.objectId() != null && scope.objectId() == id;
        }
        // a sub-team or group reads the objects its groups are (or were) paired with
        return scope.canReadRegister() || scope.canReadRoster() && relationships.pairedInPath(id, scope.pathFilter());
    }

    /**
     * Whether the scope stations cadres in the object, files and edits their records and ends their stationings (the
     * station feature asks): an org admin (a team's admin for its own members), or a sub-team leader one of whose
     * groups is paired with it today (a term in force by its dates on the Clock's day — a term that ended or has not
     * begun gives no hold on the village's cadres, their subsidy or their accounts).
     */
    @Transactional(readOnly = true)
    public boolean canStation(Scope scope, long objectId) {
        if (scope.role() == Role.ORG_ADMIN) {
            return true;
        }
        return scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null
                && relationships.pairedInPathOn(objectId, scope.pathFilter(), LocalDate.now(clock));
    }

    /** The object's first secretaries, past and present, for whoever may read the object. */
    @Transactional(readOnly = true)
    public List<Stationing> stationings(Scope scope, long objectId) {
        get(scope, objectId);
        return stationings.ofObject(objectId);
    }

    /**
     * Who stationed and ended each of the object's first secretaries, and when: by stationing id, newest first, read
     * in one query for all of them (not one per stationing).
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<HistoryEntry>> stationingHistory(Scope scope, long objectId) {
        get(scope, objectId);
        java.util.Map<Long, List<HistoryEntry>> byStationing = new java.util.HashMap<>();
        for (Stationing stationing : stationings.ofObject(objectId)) {
            byStationing.put(stationing.getId(), new java.util.ArrayList<>());
        }
        for (HistoryEntry entry : history.of(Stationing.class, byStationing.keySet())) {
            byStationing.computeIfAbsent(entry.recordId(), id -> new java.util.ArrayList<>()).add(entry);
        }
        return byStationing;
    }

    /**
     * Stations the member with this mobile number in the village or community as its first secretary from the day;
     * the current one must have been ended first.
     */
    @Transactional
    public Stationing station(Scope scope, long objectId, String mobile, LocalDate startsOn) {
        scope.requireAccounts();
        AssistedObject object = live(objectId);
        Member member = members.findByMobile(mobile == null ? "" : mobile.trim())
                .filter(m -> scope.wholeDeployment() || memberships.memberInPath(m.getId(), scope.pathFilter()))
                .orElseThrow(() -> new RuleViolation("mobile", "stationing.member.unknown"));
        if (stationings.existsOpenInRole(objectId, StationRole.FIRST_SECRETARY)) {
            throw RuleViolation.global("stationing.open");
        }
        if (stationings.memberStationedFrom(member.getId(), startsOn)) {
            throw new RuleViolation("mobile", "stationing.member.busy");
        }
        return stationings.save(new Stationing(object, member, startsOn));
    }

    @Transactional
    public Stationing endStationing(Scope scope, long objectId, long stationingId, long version, LocalDate day) {
        if (!canStation(scope, objectId)) {
            throw new ForbiddenException("end a stationing");
        }
        Stationing stationing = stationings.findById(stationingId)
                .filter(s -> s.getObject().getId() == objectId)
                .orElseThrow(() -> new NotFoundException("stationing", stationingId));
        stationing.checkVersion(version);
        stationing.end(day);
        if (day.isBefore(LocalDate.now(clock)) && stationing.getMember() != null) {
            // a first secretary who has left no longer reads or confirms for the village (the account feature
            // listens); the end day is their last day in office (they check in and hand over on it), so an end today
            // or later leaves the account to the daily job (stationings-end) the morning after
            events.publishEvent(new StationingEnded(objectId, stationing.getMember().getId()));
        }
        return stationing;
    }

    @Transactional
    public IndustrialChain createChain(Scope scope, String name) {
        scope.requireAccounts();
        if (chains.existsByNameIgnoreCase(name)) {
            throw new RuleViolation("name", "chain.name.taken");
        }
        return chains.save(new IndustrialChain(name));
    }

    @Transactional(readOnly = true)
    public IndustrialChain chain(Scope scope, long id) {
        scope.requireRegister();
        return liveChain(id);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> chainHistory(Scope scope, long id) {
        chain(scope, id);
        return history.of(IndustrialChain.class, id);
    }

    @Transactional
    public IndustrialChain renameChain(Scope scope, long id, long version, String name) {
        scope.requireAccounts();
        IndustrialChain chain = liveChain(id);
        chain.checkVersion(version);
        chains.findByNameIgnoreCase(name).filter(other -> !other.getId().equals(chain.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation("name", "chain.name.taken");
                });
        chain.rename(name);
        return chain;
    }

    @Transactional
    public void archiveChain(Scope scope, long id, long version) {
        scope.requireAccounts();
        IndustrialChain chain = liveChain(id);
        chain.checkVersion(version);
        if (chains.countLiveEnterprises(id) > 0) {
            throw RuleViolation.global("chain.archive.hasEnterprises");
        }
        chain.archive();
    }

    private IndustrialChain liveChain(long id) {
        return chains.findById(id).filter(c -> !c.isArchived())
                .orElseThrow(() -> new NotFoundException("industrialChain", id));
    }

    private Region region(AssistedDetails details) {
        if (details.regionId() == null) {
            return null;
        }
        return regions.findById(details.regionId()).filter(r -> !r.isArchived())
                .orElseThrow(() -> new RuleViolation("regionId", "assisted.region.invalid"));
    }

    private IndustrialChain chain(AssistedDetails details) {
        if (details.kind() != AssistedKind.ENTERPRISE || details.chainId() == null) {
            return null;
        }
        return chains.findById(details.chainId()).filter(c -> !c.isArchived())
                .orElseThrow(() -> new RuleViolation("chainId", "assisted.chain.invalid"));
    }

    private AssistedObject live(long id) {
        return objects.findById(id).filter(o -> !o.isArchived())
                .orElseThrow(() -> new NotFoundException("assistedObject", id));
    }
}
