package cn.helituan.domain.imports;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.crossteam.CrossTeam;
import cn.helituan.domain.crossteam.CrossTeamMembers;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.CrossTeams;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 跨镇服务队队员: a member of a team per row (the team by its name and year among the live teams of the importer's
 * scope, the member by mobile), in the members export's columns. A member the team already has is unchanged; a new
 * one joins through the page's own service ({@link CrossTeamService#addMember}), so its rules are the import's: an
 * unknown mobile, and a member named twice for a team in the file, are refused with the page's messages. Members
 * leave on the team's page, never by an import (a row missing from the sheet removes nobody).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class CrossTeamMemberImporter implements SheetImporter {

    private final CrossTeamService service;
    private final CrossTeams teams;
    private final CrossTeamMembers teamMembers;
    private final Members members;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values v = run.values(line);
        if (v == null) {
            return Outcome.PROBLEM;
        }
        Integer year = v.get("year");
        if (year == null) {
            run.problem(line, "year", "import.cell.required", null);
            return Outcome.PROBLEM;
        }
        String name = Cells.text(v.text("team"));
        List<CrossTeam> found = teams.findByNameAndYearAndArchivedFalse(name, year).stream()
                .filter(t -> run.scope.covers(t.getUnit().getPath())).toList();
        if (found.size() != 1) {
            run.problem(line, "team", found.isEmpty() ? "import.crossteam.teamUnknown" : "import.crossteam.ambiguous",
                    name);
            return Outcome.PROBLEM;
        }
        CrossTeam team = found.get(0);
        String mobile = v.text("mobile");
        Member member = members.findByMobile(mobile).filter(m -> !m.isArchived()).orElse(null);
        String typed = v.text("member");
        if (member != null && typed != null && !Cells.label(member.getName()).equals(Cells.label(typed))) {
            run.problem(line, "member", "import.crossteam.memberName", typed);
            return Outcome.PROBLEM;
        }
        boolean first = run.state(Seen.class, Seen::new).keys.add(team.getId() + "|" + mobile);
        try {
            if (first && member != null && teamMembers.isCurrent(team.getId(), member.getId())) {
                return Outcome.UNCHANGED;
            }
            // a second row for the member: the service refuses them as the page does (crossteam.member.twice)
            service.addMember(run.scope, team.getId(), mobile);
            return Outcome.CREATED;
        } catch (RuleViolation e) {
            Object[] args = e.args();
            run.problem(line, "mobile", e.messageKey(), args != null && args.length > 0 && args[0] != null
                    ? args[0].toString() : mobile);
            return Outcome.PROBLEM;
        } catch (ForbiddenException | NotFoundException e) {
            run.problem(line, "team", "import.crossteam.outOfScope", name);
            return Outcome.PROBLEM;
        }
    }

    /** The teams and mobiles of the rows read so far in the pass. */
    private static final class Seen {
        final Set<String> keys = new HashSet<>();
    }
}
