package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.KeyedReads;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamWork.TeamProjects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's page in one read-only transaction: the team with its people, towns, ledger and history, its latest
 * activities (with their number when cut), its projects. The team (with its unit, leader and
 * deputy) is read and checked once, by the view; its parts are read without checking again.
 */
@Service
@RequiredArgsConstructor
public class CrossTeamPages {

    private final CrossTeamReading reading;
    private final CrossTeamWork work;
    private final KeyedReads keyedReads;

    public record TeamPage(CrossTeamView view, CrossTeamWork.TeamActivities activities, TeamProjects projects) {
    }

    @Transactional(readOnly = true)
    public TeamPage show(Scope scope, long id, int activities, int projects) {
        keyedReads.forThisTransaction();   // every statement below is driven by the team's id
        CrossTeamView view = reading.view(scope, id);   // found readable: the parts below need not check again
        return new TeamPage(view, work.latestOfReadable(id, activities), work.projectsOfReadable(scope, id, projects));
    }
}
