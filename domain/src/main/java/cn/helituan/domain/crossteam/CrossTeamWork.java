package cn.helituan.domain.crossteam;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityDetails;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.member.Member;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's work: logging an activity for it (its managers and members) and the monthly table of service days.
 *
 * <p>The counted-once rule: a team's activity is an {@link Activity} whose group is the team's unit (the county's
 * team) and whose {@code crossTeamId} is the team. The tallies every figure reads (dashboard, notification,
 * evaluation) count an activity in the units on its group's path, so it counts once, in the county's team and above,
 * and never under a member's home group or sub-team, however many members went; the home unit's page lists it marked
 * cross-town, without a figure.
 */
@Service
@RequiredArgsConstructor
public class CrossTeamWork {

    private final CrossTeamAccess access;
    private final CrossTeamMembers members;
    private final CrossTeamFacts facts;
    private final AssistedObjects objects;
    private final ActivityLog log;

    @Transactional
    public Activity log(Scope scope, long teamId, CrossTeamActivityDetails details) {
        CrossTeam team = access.readable(scope, teamId);
        if (!access.logs(scope, team)) {
            throw new ForbiddenException("log for cross-town team");
        }
        if (details.occurredOn() != null && details.occurredOn().getYear() != team.getYear()) {
            throw new RuleViolation("occurredOn", "crossteam.activity.year", team.getYear());
        }
        Set<Long> served = facts.objectsServed(teamId).stream().map(CrossTeamFacts.ObjectChoice::id)
                .collect(Collectors.toSet());
        List<Long> objectIds = details.objectIds() == null ? List.of() : details.objectIds();
        if (objectIds.isEmpty()) {
            throw new RuleViolation("objectIds", "activity.objects.required");
        }
        if (!served.containsAll(objectIds)) {
            throw new RuleViolation("objectIds", "crossteam.activity.objects");
        }
        List<AssistedObject> covered = objectIds.stream().distinct().map(id -> objects.findById(id)
                .orElseThrow(() -> new RuleViolation("objectIds", "crossteam.activity.objects"))).toList();
        List<CrossTeamMember> current = members.current(teamId);
        List<Long> memberIds = details.memberIds() == null ? List.of() : details.memberIds();
        List<Member> went = current.stream().map(CrossTeamMember::getMember)
                .filter(m -> memberIds.contains(m.getId())).toList();
        if (went.size() != Set.copyOf(memberIds).size()) {
            throw new RuleViolation("memberIds", "crossteam.activity.members");
        }
        ActivityDetails activity = new ActivityDetails(team.getUnit().getId(), details.typeId(),
                details.occurredOn(), details.title(), details.place(), details.description(), objectIds, memberIds,
                details.otherParticipants(), details.figures(), null, details.outliersConfirmed(), null, null);
        return log.logForCrossTeam(team.getUnit(), teamId, activity, covered, went);
    }

    @Transactional(readOnly = true)
    public List<CrossTeamFacts.ObjectChoice> objectsServed(Scope scope, long teamId) {
        access.readable(scope, teamId);
        return facts.objectsServed(teamId);
    }

    /** A page of the team's activities (its year's, not withdrawn), latest first: the team list's figure in all. */
    @Transactional(readOnly = true)
    public Page<TeamActivity> activityPage(Scope scope, long teamId, Pageable pageable) {
        access.readable(scope, teamId);
        long total = facts.activityCount(teamId);
        List<TeamActivity> rows = total == 0 ? List.of()
                : facts.activitiesOf(teamId, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The latest {@code shown} of the team's activities and how many there are (counted only when the list is cut), for
     * a team the caller has found readable in this transaction.
     */
    TeamActivities latestOfReadable(long teamId, int shown) {
        List<TeamActivity> latest = facts.activitiesOf(teamId, shown + 1, 0);
        return latest.size() <= shown ? new TeamActivities(latest.size(), latest)
                : new TeamActivities(facts.activityCount(teamId), latest.subList(0, shown));
    }

    /** What the team's page shows of its activities: the latest, and how many in all. */
    public record TeamActivities(long count, List<TeamActivity> latest) {

        public boolean cut() {
            return count > latest.size();
        }
    }

    /**
     * The projects the team's spending or activities name and the demands they answer: the counts and the first
     * {@code shown} of each (the team's page; the rest on {@link #projectPage}).
     */
    @Transactional(readOnly = true)
    public TeamProjects projects(Scope scope, long teamId, int shown) {
        access.readable(scope, teamId);
        return projectsOfReadable(scope, teamId, shown);
    }

    /**
     * {@link #projects} of a team the caller has found readable in this transaction. The counts are read only when a
     * list is cut ({@code shown} rows): otherwise they are the lists' lengths (a project answers one demand).
     */
    TeamProjects projectsOfReadable(Scope scope, long teamId, int shown) {
        List<CrossTeamFacts.TeamProject> projects = facts.projectsOf(teamId, shown, 0);
        List<CrossTeamFacts.TeamDemand> demands = facts.demandsOf(teamId, shown, 0);
        CrossTeamFacts.ProjectCounts counts = projects.size() < shown && demands.size() < shown
                ? new CrossTeamFacts.ProjectCounts(projects.size(), demands.size()) : facts.projectCounts(teamId);
        return new TeamProjects(counts, marked(scope, projects), demands.stream()
                .map(d -> d.readable(ProjectService.reads(scope, d.groupPath(), d.objectId()))).toList());
    }

    /** A page of the team's projects, each with the demand it answers. */
    @Transactional(readOnly = true)
    public Page<CrossTeamFacts.TeamProject> projectPage(Scope scope, long teamId, Pageable pageable) {
        access.readable(scope, teamId);
        long total = facts.projectCounts(teamId).projects();
        List<CrossTeamFacts.TeamProject> rows = total == 0 ? List.of()
                : marked(scope, facts.projectsOf(teamId, pageable.getPageSize(), pageable.getOffset()));
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The projects marked with whether the reader opens them (and so their demands: whoever reads a project reads the
     * demand it answers): the team's readers include members and leaders from anywhere, who may not read a project
     * of another group — they see its name without a link to a page that would refuse them.
     */
    private static List<CrossTeamFacts.TeamProject> marked(Scope scope, List<CrossTeamFacts.TeamProject> projects) {
        return projects.stream().map(p -> p.readable(ProjectService.reads(scope, p.groupPath(), p.objectId())))
                .toList();
    }

    /** What the team's page shows of its projects and the demands they answer. */
    public record TeamProjects(CrossTeamFacts.ProjectCounts counts, List<CrossTeamFacts.TeamProject> projects,
                               List<CrossTeamFacts.TeamDemand> demands) {
    }

    /** The month's table: each current member's service days (a member with none shows 0). */
    @Transactional(readOnly = true)
    public List<ServiceDays> serviceDays(Scope scope, long teamId, YearMonth month) {
        access.readable(scope, teamId);
        return facts.serviceDays(teamId, month.atDay(1), month.atEndOfMonth());
    }

    /** Cross-town activities of the people of a unit the reader reads (the unit page's section). */
    @Transactional(readOnly = true)
    public List<TeamActivity> ofPeopleUnder(Scope scope, String unitPath, int limit) {
        if (!scope.covers(unitPath)) {
            return List.of();
        }
        return facts.activitiesOfPeopleUnder(unitPath, limit);
    }

    public boolean logs(Scope scope, CrossTeam team) {
        return access.logs(scope, team);
    }

}
