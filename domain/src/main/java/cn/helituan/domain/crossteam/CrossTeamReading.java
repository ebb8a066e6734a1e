package cn.helituan.domain.crossteam;

import static java.util.stream.Collectors.toMap;

import cn.helituan.domain.assisted.TownPick;
import cn.helituan.domain.common.NamePattern;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team list and a team's page: members with their home units, towns, the budget ledger and the history. */
@Service
@RequiredArgsConstructor
public class CrossTeamReading {

    private final CrossTeams teams;
    private final CrossTeamFacts facts;
    private final Spendings spendings;
    private final CrossTeamAccess access;
    private final History history;
    private final cn.helituan.domain.team.Units units;

    /** The teams (units of kind TEAM) a new cross-town team may belong to: those in the org admin's scope. */
    @Transactional(readOnly = true)
    public List<cn.helituan.domain.team.UnitPick> unitChoices(Scope scope) {
        if (!access.creates(scope)) {
            return List.of();
        }
        return units.search(scope.pathFilter(), "%", List.of(cn.helituan.domain.team.UnitKind.TEAM),
                org.springframework.data.domain.PageRequest.of(0, 50));
    }

    /** The add-town page: the team (checked once: its managers only) and the towns offered before any typing. */
    @Transactional(readOnly = true)
    public TownForm townForm(Scope scope, long id, int limit) {
        return new TownForm(access.managed(scope, id), facts.townChoices(id, null, limit));
    }

    public record TownForm(CrossTeam team, List<TownPick> choices) {
    }

    /**
     * The towns a team's manager may add whose name or county's name contains the text (type-to-find), or with no text
     * those the page offers first: see {@link CrossTeamFacts#townChoices}. Refused to whoever does not manage it.
     */
    @Transactional(readOnly = true)
    public List<TownPick> townChoices(Scope scope, long id, String text, int limit) {
        access.managed(scope, id);
        return facts.townChoices(id, text == null || text.isBlank() ? null : NamePattern.contains(text), limit);
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

    /** The entries a team's page shows of its ledger: the latest; the rest are on the ledger's pages. */
    public static final int LATEST_SPENDING = 5;

    /**
     * A team's page: its members with their home units and its towns as rows (no entities), the ledger's totals and
     * latest entries, and the history of the team and of its current members, towns and the entries shown in one read.
     */
    @Transactional(readOnly = true)
    public CrossTeamView view(Scope scope, long id) {
        CrossTeam team = team(scope, id);
        List<CrossTeamFacts.TeamMember> current = facts.membersOf(id);
        List<CrossTeamFacts.TeamTown> served = facts.townsOf(id);
        CrossTeamFacts.Ledger latest = facts.ledgerOf(id, PageRequest.of(0, LATEST_SPENDING));
        // each part's name on the page by its id, by type (the team itself: no subject)
        List<PartHistory> trail = history.withParts(CrossTeam.class, Map.of(
                CrossTeam.class, Map.of(id, team.getName()),
                CrossTeamMember.class, current.stream().collect(toMap(CrossTeamFacts.TeamMember::id,
                        CrossTeamFacts.TeamMember::name)),
                CrossTeamTown.class, served.stream().collect(toMap(CrossTeamFacts.TeamTown::id,
                        CrossTeamFacts.TeamTown::name)),
                Spending.class, names(latest.entries().getContent())));
        return new CrossTeamView(team, current, served, latest.entries(), ledgerOf(team, latest),
                access.administers(scope, team), access.manages(scope, team), access.logs(scope, team), trail);
    }

    /** The ledger's pages: its totals, a page of its entries (the newest first) and their history. */
    @Transactional(readOnly = true)
    public LedgerPage ledgerPage(Scope scope, long id, Pageable pageable) {
        CrossTeam team = team(scope, id);
        CrossTeamFacts.Ledger entries = facts.ledgerOf(id, pageable);
        return new LedgerPage(team, ledgerOf(team, entries), entries.entries(), access.manages(scope, team),
                history.withParts(CrossTeam.class, Map.of(Spending.class, names(entries.entries().getContent()))));
    }

    /** A page of a team's ledger, and whether the reader manages the team (records and cancels entries). */
    public record LedgerPage(CrossTeam team, BudgetLedger ledger, Page<LedgerEntry> entries, boolean manages,
                             List<PartHistory> history) {
    }

    private static BudgetLedger ledgerOf(CrossTeam team, CrossTeamFacts.Ledger ledger) {
        return BudgetLedger.of(team.getAllocation(), ledger.spent());
    }

    /** The entries' names in their history: their purpose ({@link Spending#label}). */
    private static Map<Long, String> names(List<LedgerEntry> entries) {
        return entries.stream().collect(toMap(LedgerEntry::id, LedgerEntry::purpose));
    }

    /** The team's ledger entries, for the export. */
    @Transactional(readOnly = true)
    public List<Spending> ledger(Scope scope, long id) {
        access.readable(scope, id);
        return spendings.ofTeam(id);
    }
}
