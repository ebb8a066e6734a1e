package cn.helituan.domain.crossteam;

import cn.helituan.domain.history.PartHistory;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A team's page: what the reader may do with it ({@code administers}, {@code manages}, {@code logs}); of its ledger the
 * totals and the latest entries ({@code spending}: the first page, its total the number of entries), the rest on the
 * ledger's own pages.
 */
public record CrossTeamView(CrossTeam team, List<CrossTeamFacts.TeamMember> members,
                            List<CrossTeamFacts.TeamTown> towns,
                            Page<LedgerEntry> spending, BudgetLedger ledger, boolean administers, boolean manages,
                            boolean logs, List<PartHistory> history) {
}
