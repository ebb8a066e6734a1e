package cn.helituan.domain.crossteam;

import cn.helituan.domain.history.PartHistory;
import java.util.List;

/** A team's page: what the reader may do with it ({@code administers}, {@code manages}, {@code logs}). */
public record CrossTeamView(CrossTeam team, List<MemberLine> members, List<CrossTeamTown> towns,
                            List<Spending> spending, BudgetLedger ledger, boolean administers, boolean manages,
                            boolean logs, List<PartHistory> history) {

    /** A member with the units of their current memberships (their home groups, kept). */
    public record MemberLine(CrossTeamMember member, List<String> homeUnits) {
    }
}
