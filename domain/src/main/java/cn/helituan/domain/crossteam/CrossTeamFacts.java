package cn.helituan.domain.crossteam;

import java.time.LocalDate;
import java.util.List;

/** What a team's page reads beside its own tables, in SQL (persistence: sql/crossteam/facts.sql). */
public interface CrossTeamFacts {

    /** The team's activities (withdrawn ones left out), latest first, at most {@code limit}. */
    List<TeamActivity> activitiesOf(long teamId, int limit);

    /**
     * The cross-town teams' activities in which a person with a current membership under the path took part, latest
     * first: what a home unit's page shows, marked cross-town, without summing them.
     */
    List<TeamActivity> activitiesOfPeopleUnder(String path, int limit);

    /** The live assisted objects in the towns the team serves now (a town itself, or a village of it), by name. */
    List<ObjectChoice> objectsServed(long teamId);

    /** Each current member's service days in the month: days of the team's activities and approved days away. */
    List<ServiceDays> serviceDays(long teamId, LocalDate first, LocalDate last);

    /** The projects the team's spending or activities name, with their demands (answered by the team). */
    List<TeamProject> projectsOf(long teamId);

    record ObjectChoice(Long id, String name) {
    }

    record TeamProject(Long id, String name, String status, Long demandId, String demandTitle) {
    }
}
