package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.member.MemberUnit;
import cn.helituan.domain.member.Memberships;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team list and a team's page: members with their home units, towns, the budget ledger and the history. */
@Service
@RequiredArgsConstructor
public class CrossTeamReading {

    private final CrossTeams teams;
    private final CrossTeamMembers members;
    private final CrossTeamTowns towns;
    private final Spendings spendings;
    private final CrossTeamAccess access;
    private final Memberships memberships;
    private final History history;
    private final cn.helituan.domain.team.Units units;
    private final cn.helituan.domain.assisted.RegionService regions;

    /** The teams (units of kind TEAM) a new cross-town team may belong to: those in the org admin's scope. */
    @Transactional(readOnly = true)
    public List<cn.helituan.domain.team.UnitPick> unitChoices(Scope scope) {
        if (!access.creates(scope)) {
            return List.of();
        }
        return units.search(scope.pathFilter(), "%", List.of(cn.helituan.domain.team.UnitKind.TEAM),
                org.springframework.data.domain.PageRequest.of(0, 50));
    }

    /** The live towns (regions of level TOWN) a team may serve (of the regions' cached choices). */
    public List<cn.helituan.domain.assisted.RegionOption> townChoices() {
        return regions.options().stream()
                .filter(r -> r.level() == cn.helituan.domain.assisted.RegionLevel.TOWN).toList();
    }

    @Transactional(readOnly = true)
    public Page<CrossTeamRow> list(Scope scope, Integer year, Pageable pageable) {
        if (!access.readsList(scope)) {
            return Page.empty(pageable);
        }
        CrossTeamAccess.Reach reach = access.reach(scope);
        return teams.search(reach.prefix(), reach.memberId(), reach.subTeamPrefix(), year, pageable);
    }

    /** The list's teams in the columns of their import (its export), for the same reach as {@link #list}. */
    @Transactional(readOnly = true)
    public Page<CrossTeamSheetRow> sheet(Scope scope, Integer year, Pageable pageable) {
        if (!access.readsList(scope)) {
            return Page.empty(pageable);
        }
        CrossTeamAccess.Reach reach = access.reach(scope);
        return teams.sheet(reach.prefix(), reach.memberId(), reach.subTeamPrefix(), year, pageable);
    }

    /** The current members of the list's teams in the columns of their import (the members export). */
    @Transactional(readOnly = true)
    public Page<CrossTeamMemberRow> memberSheet(Scope scope, Integer year, Pageable pageable) {
        if (!access.readsList(scope)) {
            return Page.empty(pageable);
        }
        CrossTeamAccess.Reach reach = access.reach(scope);
        return teams.memberSheet(reach.prefix(), reach.memberId(), reach.subTeamPrefix(), year, pageable);
    }

    public boolean readsList(Scope scope) {
        return access.readsList(scope);
    }

    public boolean creates(Scope scope) {
        return access.creates(scope);
    }

    @Transactional(readOnly = true)
    public CrossTeam team(Scope scope, long id) {
        CrossTeam team = access.readable(scope, id);
        team.getUnit().getName();
        team.getLeader().getName();
        if (team.getDeputy() != null) {
            team.getDeputy().getName();
        }
        return team;
    }

    @Transactional(readOnly = true)
    public CrossTeamView view(Scope scope, long id) {
        CrossTeam team = team(scope, id);
        List<CrossTeamMember> current = members.current(id);
        Map<Long, List<String>> homes = new LinkedHashMap<>();
        if (!current.isEmpty()) {
            List<MemberUnit> units = memberships.activeUnitsOf(
                    current.stream().map(m -> m.getMember().getId()).toList(), "");
            units.forEach(u -> homes.computeIfAbsent(u.memberId(), k -> new ArrayList<>()).add(u.unitName()));
        }
        List<CrossTeamView.MemberLine> lines = current.stream().map(m -> new CrossTeamView.MemberLine(m,
                homes.getOrDefault(m.getMember().getId(), List.of()))).toList();
        List<CrossTeamTown> served = towns.current(id);
        List<Spending> entries = spendings.ofTeam(id);
        BudgetLedger ledger = BudgetLedger.of(team.getAllocation(), entries);
        List<PartHistory> trail = new ArrayList<>();
        history.of(CrossTeam.class, id).forEach(e -> trail.add(new PartHistory(e, "CrossTeam", null)));
        // one statement per kind of part, not one per part (a team of 30 with a year's entries)
        parts(trail, CrossTeamMember.class, "CrossTeamMember", current.stream()
                .collect(java.util.stream.Collectors.toMap(CrossTeamMember::getId, CrossTeamMember::label)));
        parts(trail, CrossTeamTown.class, "CrossTeamTown", served.stream()
                .collect(java.util.stream.Collectors.toMap(CrossTeamTown::getId, CrossTeamTown::label)));
        parts(trail, Spending.class, "Spending", entries.stream()
                .collect(java.util.stream.Collectors.toMap(Spending::getId, Spending::label)));
        trail.sort(Comparator.comparing((PartHistory p) -> p.entry().at()).reversed());
        return new CrossTeamView(team, lines, served, entries, ledger, access.administers(scope, team),
                access.manages(scope, team), access.logs(scope, team), trail);
    }

    private void parts(List<PartHistory> trail, Class<?> type, String entity, Map<Long, String> labels) {
        if (!labels.isEmpty()) {
            history.of(type, labels.keySet()).forEach(e -> trail.add(new PartHistory(e, entity,
                    labels.get(e.recordId()))));
        }
    }

    /** The team's ledger entries, for the export. */
    @Transactional(readOnly = true)
    public List<Spending> ledger(Scope scope, long id) {
        access.readable(scope, id);
        return spendings.ofTeam(id);
    }
}
