package cn.helituan.domain.crossteam;

import cn.helituan.domain.assisted.RegionOption;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamWork.TeamProjects;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's page in one read-only transaction: the team with its people, towns, ledger and history, its latest
 * activities, its projects and — for whoever manages it — the towns it may add. One transaction, so the team and its
 * unit are read and checked once (each part's own check finds them in the transaction's persistence context) rather
 * than once for every part in a transaction of its own.
 */
@Service
@RequiredArgsConstructor
public class CrossTeamPages {

    private final CrossTeamReading reading;
    private final CrossTeamWork work;

    public record TeamPage(CrossTeamView view, List<TeamActivity> activities, TeamProjects projects,
                           List<RegionOption> townChoices) {
    }

    @Transactional(readOnly = true)
    public TeamPage show(Scope scope, long id, int activities, int projects) {
        CrossTeamView view = reading.view(scope, id);
        return new TeamPage(view, work.activities(scope, id, activities), work.projects(scope, id, projects),
                view.manages() ? reading.townChoices() : List.of());
    }
}
