package cn.helituan.domain.member;

import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.common.IdNumbers;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.common.StampedReads;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster: members and their memberships. A member is visible to a scope when they have, or had, a
 * membership in a unit inside it; members with no membership at all are visible to whole-deployment admins.
 */
@Service
@RequiredArgsConstructor
public class MemberService {

    /** The stamp every table a page of the list reads raises: members, memberships, work units, the tree (V103). */
    private static final List<String> ROSTER = List.of("roster");
    /** Pages kept at most this long: the list's, not the export's chunks of a thousand (personal data, memory). */
    private static final int KEPT_PAGE_SIZE = 100;

    private final Members members;
    private final Memberships memberships;
    private final WorkUnits workUnits;
    private final UnitService unitService;
    private final History history;
    private final Clock clock;
    private final FieldCipher cipher;
    private final StampedReads stamped;

    @Transactional(readOnly = true)
    public Page<MemberRow> search(Scope scope, MemberQuery query, Pageable pageable) {
        scope.requireRoster();
        if (query.unitId() != null) {
            unitService.get(scope, query.unitId());
        }
        // kept per scope's path, query and page while the roster is not written (V103's stamp): a search by a surname
        // sorts its province-wide matches on every request, for a roster that changes a few times a day
        if (pageable.getPageSize() > KEPT_PAGE_SIZE) {
            return rows(scope.pathFilter(), query, pageable);
        }
        return stamped.get(ROSTER, new RowsKey(scope.pathFilter(), query, pageable),
                () -> rows(scope.pathFilter(), query, pageable));
    }

    /** What a page of the list depends on beside the roster: the scope's path (null: everyone), the query, the page. */
    private record RowsKey(String pathFilter, MemberQuery query, Pageable pageable) {
    }

    private Page<MemberRow> rows(String pathFilter, MemberQuery query, Pageable pageable) {
        Page<MemberRow> page = members.search(query, pathFilter, pageable);
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, String> unitsByMember = memberships.activeUnitsOf(page.map(MemberRow::id).getContent(), pathFilter)
                .stream()
                .collect(Collectors.groupingBy(MemberUnit::memberId,
                        Collectors.mapping(MemberUnit::unitName, Collectors.joining("、"))));
        return page.map(row -> row.withUnits(unitsByMember.getOrDefault(row.id(), "")));
    }

    /**
     * Where these members sit now, in units inside the scope, each unit as its path of names from
     * {@code unitNames} (see {@link UnitService#names}): "示范县干部人才合力团/产业发展分团/茶产业合力小组", as the
     * import reads it back. One query for a whole chunk of the export.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<MemberPlace>> places(Scope scope, java.util.Collection<Long> memberIds,
                                               Map<Long, String> unitNames) {
        scope.requireRoster();
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return memberships.openPlacesOf(memberIds, scope.pathFilter()).stream()
                .map(p -> new MemberPlace(p.memberId(), UnitService.namePath(p.unitPath(), unitNames), p.position(),
                        p.joinedOn()))
                .collect(Collectors.groupingBy(MemberPlace::memberId, java.util.LinkedHashMap::new,
                        Collectors.toList()));
    }

    @Transactional(readOnly = true)
    public Member get(Scope scope, long id) {
        scope.requireRoster();
        return visible(scope, id);
    }

    @Transactional(readOnly = true)
    public List<Membership> memberships(Scope scope, long memberId) {
        visible(scope, memberId);
        // a member who moved out of the scope keeps their record here, but not the names of units outside it
        return memberships.ofMember(memberId).stream().filter(s -> scope.covers(s.getUnit().getPath())).toList();
    }

    @Transactional(readOnly = true)
    public List<Membership> membersOfUnit(Scope scope, long unitId) {
        unitService.get(scope, unitId);
        return memberships.activeInUnit(unitId);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        visible(scope, id);
        return history.of(Member.class, id);
    }

    /** Adds a member; outside whole-deployment admins a first unit inside the scope is required. */
    @Transactional
    public Member create(Scope scope, MemberDetails details, Long unitId, Position position, LocalDate joinedOn) {
        scope.requireStructure();
        if (unitId == null && !scope.wholeDeployment()) {
            throw new RuleViolation("unitId", "member.unit.required");
        }
        Unit unit = unitId == null ? null : unitService.get(scope, unitId);
        if (members.existsByMobile(details.mobile())) {
            throw new RuleViolation("mobile", "member.mobile.taken");
        }
        String digest = idNumberDigest(details, null);
        Member member = members.save(new Member(details, workUnit(details.workUnitId()), digest));
        if (unit != null) {
            unitService.headCountsChanged();
            memberships.save(new Membership(member, unit, position == null ? Position.MEMBER : position,
                    joinedOn == null ? LocalDate.now(clock) : joinedOn));
        }
        return member;
    }

    @Transactional
    public Member update(Scope scope, long id, long version, MemberDetails details) {
        scope.requireStructure();
        Member member = visible(scope, id);
        member.checkVersion(version);
        members.findByMobile(details.mobile())
                .filter(other -> !other.getId().equals(member.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation("mobile", "member.mobile.taken");
                });
        member.apply(details, workUnit(details.workUnitId()), idNumberDigest(details, member));
        return member;
    }

    /**
     * The digest of the details' ID number (null for none), once the number is found to be a resident ID number that
     * no other live member has — compared on the digests, as the column may hold ciphertext.
     */
    private String idNumberDigest(MemberDetails details, Member self) {
        String idNumber = details.idNumber();
        if (idNumber == null) {
            return null;
        }
        if (self != null && idNumber.startsWith(FieldCipher.PREFIX) && idNumber.equals(self.getIdNumber())) {
            // a number stored under another key (shown as stored): kept as it is, with its digest
            return self.getIdNumberDigest();
        }
        if (!IdNumbers.valid(idNumber, LocalDate.now(clock))) {
            throw new RuleViolation("idNumber", "member.idNumber.invalid");
        }
        if (members.findByIdNumberDigestInAndArchivedFalse(cipher.digests(idNumber)).stream()
                .anyMatch(other -> self == null || !other.getId().equals(self.getId()))) {
            throw new RuleViolation("idNumber", "member.idNumber.taken");
        }
        return cipher.digest(idNumber);
    }

    @Transactional
    public Membership join(Scope scope, long memberId, long unitId, Position position, LocalDate joinedOn) {
        scope.requireStructure();
        Member member = visible(scope, memberId);
        if (member.isArchived()) {
            throw RuleViolation.global("member.archived");
        }
        Unit unit = unitService.get(scope, unitId);
        if (memberships.existsOpen(memberId, unitId)) {
            throw new RuleViolation("unitId", "membership.exists");
        }
        unitService.headCountsChanged();
        return memberships.save(new Membership(member, unit, position, joinedOn));
    }

    @Transactional
    public Membership leave(Scope scope, long membershipId, long version, LocalDate leftOn) {
        scope.requireStructure();
        Membership membership = memberships.findById(membershipId)
                .filter(m -> scope.covers(m.getUnit().getPath()))
                .orElseThrow(() -> new NotFoundException("membership", membershipId));
        membership.checkVersion(version);
        membership.leave(leftOn);
        unitService.headCountsChanged();
        return membership;
    }

    /** Archives a member: they leave every unit in the scope today; the record and its history stay. */
    @Transactional
    public void archive(Scope scope, long id, long version) {
        scope.requireStructure();
        Member member = visible(scope, id);
        member.checkVersion(version);
        LocalDate today = LocalDate.now(clock);
        for (Membership membership : memberships.ofMember(id)) {
            if (membership.isActive()) {
                if (!scope.covers(membership.getUnit().getPath())) {
                    throw RuleViolation.global("member.archive.otherScope");
                }
                membership.leave(today.isBefore(membership.getJoinedOn()) ? membership.getJoinedOn() : today);
            }
        }
        member.archive();
        unitService.headCountsChanged();
    }

    private WorkUnit workUnit(Long id) {
        if (id == null) {
            throw new RuleViolation("workUnitId", "member.workUnit.required");
        }
        return workUnits.findById(id).filter(w -> !w.isArchived())
                .orElseThrow(() -> new RuleViolation("workUnitId", "member.workUnit.required"));
    }

    Member visible(Scope scope, long id) {
        scope.requireRoster();
        Member member = members.findById(id).orElseThrow(() -> new NotFoundException("member", id));
        if (scope.wholeDeployment() || memberships.memberInPath(id, scope.unitPath())) {
            return member;
        }
        throw new NotFoundException("member", id);
    }
}
