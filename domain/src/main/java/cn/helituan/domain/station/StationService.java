package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.CadreProfile;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.assisted.Stationings;
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
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stationed work teams and their records (驻村工作队, 建档). Who writes a village's team: an org admin (of the
 * deployment, or of a team for its own members) and a sub-team leader one of whose groups is paired with the village
 * today ({@link AssistedService#canStation}). Who reads a record: those writers, the department's reviewers, and the
 * cadre themself.
 */
@Service
@RequiredArgsConstructor
public class StationService {

    private final Stationings stationings;
    private final AssistedObjects objects;
    private final AssistedService assisted;
    private final Members members;
    private final Memberships memberships;
    private final WorkUnits workUnits;
    private final History history;
    private final CadreSuggestions suggestions;
    private final Clock clock;

    /** A new stationing: what the form says, the member found by mobile among the writer's members. */
    public record Station(String mobile, LocalDate startsOn, StationingRecord record) {
    }

    /** Whether the scope files and changes the stationings of the object (a village or community). */
    public boolean canWrite(Scope scope, long objectId) {
        return assisted.canStation(scope, objectId);
    }

    /**
     * The register, a page at a time: all of it to the department, to a sub-team leader the villages their groups are
     * paired with today, to a cadre their own.
     */
    @Transactional(readOnly = true)
    public Page<Stationing> register(Scope scope, String text, StationRole role, Boolean open, Pageable pageable) {
        return register(scope, text, role, open, null, pageable);
    }

    /**
     * The register narrowed to the stationings in force on {@code on} (null: any day): the dashboard's stationed cadres
     * are its count (a member has one stationing at a time, so each person once).
     */
    @Transactional(readOnly = true)
    public Page<Stationing> register(Scope scope, String text, StationRole role, Boolean open, LocalDate on,
                                     Pageable pageable) {
        String name = text == null || text.isBlank() ? null : NamePattern.contains(text);
        LocalDate today = LocalDate.now(clock);
        if (scope.canReadRegister()) {
            return stationings.register(null, today, null, name, role, open, on, pageable);
        }
        if (scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null) {
            // the villages paired with their groups today: the records they may open (canWrite)
            return stationings.register(scope.pathFilter(), today, null, name, role, open, on, pageable);
        }
        if (scope.memberId() == null) {
            return Page.empty(pageable);
        }
        return stationings.register(null, today, scope.memberId(), name, role, open, on, pageable);
    }

    /** One stationing with its object, member and dispatching unit, if the scope reads it; otherwise not found. */
    @Transactional(readOnly = true)
    public Stationing get(Scope scope, long id) {
        Stationing stationing = stationings.findById(id).orElseThrow(() -> new NotFoundException("stationing", id));
        long objectId = stationing.getObject().getId();
        boolean own = scope.memberId() != null && scope.memberId().equals(stationing.getMember().getId());
        if (!own && !scope.canReadRegister() && !canWrite(scope, objectId)) {
            throw new NotFoundException("stationing", id);
        }
        stationing.getObject().getName();
        stationing.getMember().getName();
        if (stationing.getWorkUnit() != null) {
            stationing.getWorkUnit().getName();
        }
        return stationing;
    }

    /** Whether the reader of the stationing opens its village's page (a live object they may read). */
    @Transactional(readOnly = true)
    public boolean canOpenObject(Scope scope, Stationing stationing) {
        return !stationing.getObject().isArchived() && assisted.mayRead(scope, stationing.getObject().getId());
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(Stationing.class, id);
    }

    /** The live object (the scope was checked by the caller). */
    @Transactional(readOnly = true)
    public AssistedObject objectOf(long objectId) {
        return objects.findById(objectId).filter(o -> !o.isArchived())
                .orElseThrow(() -> new NotFoundException("assistedObject", objectId));
    }

    /** The object, if the scope may station cadres there; otherwise not found (or refused when it reads it). */
    @Transactional(readOnly = true)
    public AssistedObject writableObject(Scope scope, long objectId) {
        AssistedObject object = objects.findById(objectId).filter(o -> !o.isArchived())
                .orElseThrow(() -> new NotFoundException("assistedObject", objectId));
        if (!canWrite(scope, objectId)) {
            throw new ForbiddenException("station cadres");
        }
        return object;
    }

    /**
     * Whom the form suggests for the village (选派, Shaanxi's rule): members of a profile that fits one of its categories
     * (弱村, 穷村, 乱村, 产业村), among those the scope may station, not stationed today or later; none for a village
     * without a matching category. Refused like the form itself.
     */
    @Transactional(readOnly = true)
    public List<CadreSuggestion> suggestions(Scope scope, long objectId) {
        AssistedObject object = writableObject(scope, objectId);
        Set<CadreProfile> profiles = CadreProfile.fitting(object.getCategories());
        if (profiles.isEmpty()) {
            return List.of();
        }
        return suggestions.fitting(profiles, scope.wholeDeployment() ? null : scope.pathFilter(),
                LocalDate.now(clock), CadreSuggestions.SHOWN);
    }

    /**
     * Stations the member with the mobile number in the village in the role, with the record: one first secretary
     * and one team leader open per village, one stationing per member at a time.
     */
    @Transactional
    public Stationing station(Scope scope, long objectId, Station station) {
        AssistedObject object = writableObject(scope, objectId);
        if (object.getKind() != AssistedKind.VILLAGE && object.getKind() != AssistedKind.COMMUNITY) {
            throw RuleViolation.global("stationing.kind");
        }
        String mobile = station.mobile() == null ? "" : station.mobile().trim();
        Member member = members.findByMobile(mobile)
                .filter(m -> scope.wholeDeployment() || memberships.memberInPath(m.getId(), scope.pathFilter()))
                .orElseThrow(() -> new RuleViolation("mobile", "stationing.member.unknown"));
        StationRole role = station.record().role() == null ? StationRole.FIRST_SECRETARY : station.record().role();
        if (role != StationRole.TEAM_MEMBER && stationings.existsOpenInRole(objectId, role)) {
            throw new RuleViolation("role", role == StationRole.FIRST_SECRETARY ? "stationing.open"
                    : "stationing.leader.open");
        }
        if (stationings.memberStationedFrom(member.getId(), station.startsOn())) {
            throw new RuleViolation("mobile", "stationing.member.busy");
        }
        WorkUnit unit = workUnit(station.record().workUnitId()).orElse(member.getWorkUnit());
        return stationings.save(new Stationing(object, member, station.startsOn(), station.record(), unit));
    }

    /**
     * Files or corrects the record of a stationing (the member, village and start stay); no dispatching unit given
     * means the member's own work unit, as on a new stationing. The stationing's own dispatching unit stays valid
     * when it has been archived since (the record keeps who sent the cadre); another unit must be a live one.
     */
    @Transactional
    public Stationing file(Scope scope, long id, long version, StationingRecord record) {
        Stationing stationing = stationings.findById(id).orElseThrow(() -> new NotFoundException("stationing", id));
        writableObject(scope, stationing.getObject().getId());
        stationing.checkVersion(version);
        StationRole role = record.role();
        if (role != null && role != stationing.getRole() && role != StationRole.TEAM_MEMBER
                && stationings.existsOpenInRole(stationing.getObject().getId(), role)) {
            throw new RuleViolation("role", role == StationRole.FIRST_SECRETARY ? "stationing.open"
                    : "stationing.leader.open");
        }
        WorkUnit current = stationing.getWorkUnit();
        WorkUnit unit = current != null && current.getId().equals(record.workUnitId()) ? current
                : workUnit(record.workUnitId()).orElse(stationing.getMember().getWorkUnit());
        stationing.file(record, unit);
        return stationing;
    }

    private Optional<WorkUnit> workUnit(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(workUnits.findById(id).filter(u -> !u.isArchived())
                .orElseThrow(() -> new RuleViolation("workUnitId", "stationing.workUnit.invalid")));
    }
}
