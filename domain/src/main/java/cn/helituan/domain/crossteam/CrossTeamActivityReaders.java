package cn.helituan.domain.crossteam;

import cn.helituan.domain.activity.CrossTeamActivities;
import cn.helituan.domain.common.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Tells the activity log who reads a team's activity: whoever reads the team ({@link CrossTeamAccess#reads}). */
@Component
@RequiredArgsConstructor
class CrossTeamActivityReaders implements CrossTeamActivities {

    private final CrossTeams teams;
    private final CrossTeamAccess access;

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public boolean reads(Scope scope, long crossTeamId) {
        return teams.findById(crossTeamId).map(t -> access.reads(scope, t)).orElse(false);
    }
}
