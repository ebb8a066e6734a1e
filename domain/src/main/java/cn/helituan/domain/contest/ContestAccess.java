package cn.helituan.domain.contest;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a round, the one place of the contests' access rules. The organisers are the org admins and
 * sub-team leaders whose scope holds the round's unit; its judges (accounts named on it) read it and score while it is
 * open; readers of the roster whose scope holds the unit read it (a reviewer of the team); those under the unit (the
 * sub-team's groups) read it once published. Anyone else: not found. First secretaries read no round.
 */
@Component
@RequiredArgsConstructor
public class ContestAccess {

    private final ContestRounds rounds;
    private final ContestJudges judges;

    /** The round if the scope reads it; otherwise not found. */
    @Transactional(readOnly = true)
    public ContestRound readable(Scope scope, long id) {
        ContestRound round = rounds.findById(id).orElseThrow(() -> new NotFoundException("contestRound", id));
        if (!reads(scope, round)) {
            throw new NotFoundException("contestRound", id);
        }
        return round;
    }

    /** The round if the scope organises it; refused when it only reads it, not found otherwise. */
    @Transactional(readOnly = true)
    public ContestRound managed(Scope scope, long id) {
        ContestRound round = readable(scope, id);
        if (!manages(scope, round)) {
            throw new ForbiddenException("organise contest");
        }
        return round;
    }

    public boolean reads(Scope scope, ContestRound round) {
        String path = round.getUnit().getPath();
        if (manages(scope, round) || isJudge(scope, round)) {
            return true;
        }
        if (scope.canReadRoster() && scope.covers(path)) {
            return true;
        }
        return round.isPublished() && scope.role().scopedToUnit() && scope.unitPath() != null
                && scope.unitPath().startsWith(path);
    }

    public boolean manages(Scope scope, ContestRound round) {
        return mayOrganise(scope) && scope.covers(round.getUnit().getPath());
    }

    /** Whether the scope's role organises rounds at all (the new-round button). */
    public boolean mayOrganise(Scope scope) {
        return scope.role() == Role.ORG_ADMIN || scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null;
    }

    public boolean isJudge(Scope scope, ContestRound round) {
        return scope.accountId() != null && round.getId() != null
                && judges.existsByRound_IdAndAccount_Id(round.getId(), scope.accountId());
    }
}
