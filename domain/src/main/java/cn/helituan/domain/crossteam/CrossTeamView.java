package cn.helituan.domain.crossteam;

import cn.helituan.domain.history.PartHistory;
import java.util.List;

/** A team's page: what the reader may do with it ({@code administers}, {@code manages}, {@code logs}). */
public record CrossTeamView(CrossTeam team, List<CrossTeamFacts.TeamMember> members,
                            List<CrossTeamFacts.TeamTown> towns,
                            List<Spending> spending, BudgetLedger ledger, boolean administers, boolean manages,
                            boolean logs, List<PartHistory> history) {
}
