package cn.helituan.domain.crossteam;

import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationings;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up and running a cross-town team: the org admin creates, edits and archives it; the org admin, its leader
 * and deputy add and remove members and towns. Every refusal comes before anything is written.
 */
@Service
@RequiredArgsConstructor
public class CrossTeamService {

    private final CrossTeams teams;
    private final CrossTeamMembers members;
    private final CrossTeamTowns towns;
    private final CrossTeamAccess access;
    private final Units units;
    private final Members people;
    private final Regions regions;
    private final Stationings stationings;
    private final Clock clock;

    /** Creates the team in {@code unitId} (an org admin's unit: null = the scope's own); leader and deputy join it. */
    @Transactional
    public CrossTeam create(Scope scope, Long unitId, CrossTeamDetails details) {
        if (!access.creates(scope)) {
            throw new ForbiddenException("create cross-town team");
        }
        Long id = unitId != null ? unitId : scope.unitId();
        if (id == null) {
            throw new RuleViolation("unitId", "crossteam.unit.required");
        }
        Unit unit = units.findById(id).filter(u -> !u.isArchived()).filter(u -> scope.covers(u.getPath()))
                .orElseThrow(() -> new RuleViolation("unitId", "crossteam.unit.required"));
        checkName(unit.getId(), details, null);
        Member leader = leader(details.leaderMobile());
        Member deputy = deputy(details.deputyMobile(), leader);
        CrossTeam team = teams.save(new CrossTeam(unit, details, leader, deputy));
        members.save(new CrossTeamMember(team.getId(), leader));
        if (deputy != null) {
            members.save(new CrossTeamMember(team.getId(), deputy));
        }
        return team;
    }

    @Transactional
    public CrossTeam edit(Scope scope, long id, long version, CrossTeamDetails details) {
        CrossTeam team = access.administered(scope, id);
        team.checkVersion(version);
        checkName(team.getUnit().getId(), details, team.getId());
        Member leader = team.getLeader().getMobile().equals(trim(details.leaderMobile())) ? team.getLeader()
                : leader(details.leaderMobile());
        Member deputy = deputy(details.deputyMobile(), leader);
        team.apply(details, leader, deputy);
        join(team, leader);
        if (deputy != null) {
            join(team, deputy);
        }
        return team;
    }

    @Transactional
    public CrossTeam archive(Scope scope, long id, long version) {
        CrossTeam team = access.administered(scope, id);
        team.checkVersion(version);
        team.archive();
        return team;
    }

    /** Adds a member by mobile; a member already in the team is refused with {@code crossteam.member.twice}. */
    @Transactional
    public CrossTeamMember addMember(Scope scope, long id, String mobile) {
        CrossTeam team = access.managed(scope, id);
        Member member = byMobile("mobile", mobile);
        if (members.isCurrent(team.getId(), member.getId())) {
            throw new RuleViolation("mobile", "crossteam.member.twice", member.getName());
        }
        return members.save(new CrossTeamMember(team.getId(), member));
    }

    @Transactional
    public void removeMember(Scope scope, long id, long teamMemberId) {
        CrossTeam team = access.managed(scope, id);
        CrossTeamMember member = members.findById(teamMemberId)
                .filter(m -> m.getTeamId().equals(team.getId()) && !m.isRemoved())
                .orElseThrow(() -> new NotFoundException("crossTeamMember", teamMemberId));
        Long memberId = member.getMember().getId();
        if (team.isLeader(memberId) || team.isDeputy(memberId)) {
            throw RuleViolation.global("crossteam.member.leaderStays");
        }
        member.remove();
    }

    @Transactional
    public CrossTeamTown addTown(Scope scope, long id, Long regionId) {
        CrossTeam team = access.managed(scope, id);
        Region region = regionId == null ? null : regions.findById(regionId)
                .filter(r -> !r.isArchived() && r.getLevel() == RegionLevel.TOWN).orElse(null);
        if (region == null) {
            throw new RuleViolation("regionId", "crossteam.town.required");
        }
        if (towns.isCurrent(team.getId(), region.getId())) {
            throw new RuleViolation("regionId", "crossteam.town.twice", region.getName());
        }
        return towns.save(new CrossTeamTown(team.getId(), region));
    }

    @Transactional
    public void removeTown(Scope scope, long id, long townId) {
        CrossTeam team = access.managed(scope, id);
        towns.findById(townId).filter(t -> t.getTeamId().equals(team.getId()) && !t.isRemoved())
                .orElseThrow(() -> new NotFoundException("crossTeamTown", townId)).remove();
    }

    private void join(CrossTeam team, Member member) {
        if (team.getId() != null && !members.isCurrent(team.getId(), member.getId())) {
            members.save(new CrossTeamMember(team.getId(), member));
        }
    }

    private void checkName(Long unitId, CrossTeamDetails details, Long exceptId) {
        if (teams.nameTaken(unitId, details.year(), details.name(), exceptId)) {
            throw new RuleViolation("name", "crossteam.name.taken");
        }
    }

    /** The leader: a live member stationed today as a village's first secretary. */
    private Member leader(String mobile) {
        Member leader = byMobile("leaderMobile", mobile);
        boolean stationed = stationings.currentOfMember(leader.getId(), LocalDate.now(clock)).stream()
                .anyMatch(s -> s.getRole() == StationRole.FIRST_SECRETARY);
        if (!stationed) {
            throw new RuleViolation("leaderMobile", "crossteam.leader.notStationed", leader.getName());
        }
        return leader;
    }

    private Member deputy(String mobile, Member leader) {
        if (trim(mobile) == null) {
            return null;
        }
        Member deputy = byMobile("deputyMobile", mobile);
        if (deputy.getId().equals(leader.getId())) {
            throw new RuleViolation("deputyMobile", "crossteam.deputy.isLeader");
        }
        return deputy;
    }

    /** A live member by mobile, else the rule on {@code field}. */
    public Member byMobile(String field, String mobile) {
        return mobile == null || mobile.isBlank() ? fail(field)
                : people.findByMobile(mobile.trim()).filter(m -> !m.isArchived()).orElseGet(() -> fail(field));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Member fail(String field) {
        throw new RuleViolation(field, "crossteam.member.unknown");
    }
}
