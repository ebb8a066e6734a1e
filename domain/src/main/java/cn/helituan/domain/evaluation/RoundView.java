package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.util.List;

/** A round's page: its settings and counts, what the reader may do. */
public record RoundView(EvaluationRound round, RoundTally tally, int allowedTop, List<Account> reviewers,
                        boolean manages, boolean reviews, boolean takesInput, Long ownGroupId) {

    /** Whether the reader has the review screen: the admin, the reviewers, a sub-team leader for theirs. */
    public boolean readsBoard(Scope scope) {
        return manages || reviews || scope.role() == Role.SUB_TEAM_LEADER;
    }
}
