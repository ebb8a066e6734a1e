package cn.helituan.domain.crossteam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** What a team's page reads as rows (its ledger) and beside its own tables, in SQL (persistence: sql/crossteam/facts.sql). */
public interface CrossTeamFacts {

    /**
     * The team's activities of its year (withdrawn ones left out: those the team list counts), latest first,
     * {@code limit} from {@code offset}.
     */
    List<TeamActivity> activitiesOf(long teamId, int limit, long offset);

    /** How many activities {@link #activitiesOf} lists in all: the team list's figure. */
    long activityCount(long teamId);

    /**
     * The cross-town teams' activities in which a person with a current membership under the path took part, latest
     * first: what a home unit's page shows, marked cross-town, without summing them.
     */
    List<TeamActivity> activitiesOfPeopleUnder(String path, int limit);

    /** The live assisted objects in the towns the team serves now (a town itself, or a village of it), by name. */
    List<ObjectChoice> objectsServed(long teamId);

    /** Each current member's service days in the month: days of the team's activities and approved days away. */
    List<ServiceDays> serviceDays(long teamId, LocalDate first, LocalDate last);

    /**
     * How many projects the team's spending entries (not cancelled, directly or through their activity) or its
     * activities (not withdrawn) name, each once, and how many demands those projects answer.
     */
    ProjectCounts projectCounts(long teamId);

    /** Those projects, latest first, {@code limit} from {@code offset}, with their demands. */
    List<TeamProject> projectsOf(long teamId, int limit, long offset);

    /** The demands those projects answer, latest first, {@code limit} from {@code offset}. */
    List<TeamDemand> demandsOf(long teamId, int limit, long offset);

    /** The team's current members by name, each with the units of their current memberships (their home groups). */
    List<TeamMember> membersOf(long teamId);

    /**
     * A page of the team's ledger, the newest first (by day, then by when written; cancelled entries included: they
     * show struck out), with how many entries there are and what those not cancelled add up to — one statement.
     */
    Ledger ledgerOf(long teamId, Pageable pageable);

    /** A page of a team's ledger entries and what all its entries not cancelled spent ({@link BudgetLedger#spent}). */
    record Ledger(Page<LedgerEntry> entries, BigDecimal spent) {
    }

    /** The towns the team serves now, by name. */
    List<TeamTown> townsOf(long teamId);

    /**
     * Live towns the team does not serve yet, in the tree's order, at most {@code limit}: those whose name or county's
     * contains the LIKE pattern ({@code NamePattern.contains}); with none, the other towns of the counties it serves
     * (the first towns when it serves none).
     */
    List<cn.helituan.domain.assisted.TownPick> townChoices(long teamId, String pattern, int limit);

    record ObjectChoice(Long id, String name) {
    }

    /** A current member of the team: {@code id} the membership in the team, {@code homeUnits} kept where they are. */
    record TeamMember(Long id, Long memberId, String name, List<String> homeUnits) {
    }

    /** A town the team serves: {@code id} the team's entry for it. */
    record TeamTown(Long id, Long regionId, String name) {
    }

    /**
     * A project of the team's, with the group it belongs to and its demand's object (what decides who reads it);
     * {@code readable}: whether the reader may open the project and its demand (set by {@code CrossTeamWork}: a link
     * only where it opens).
     */
    record TeamProject(Long id, String name, String status, Long demandId, String demandTitle, String demandStatus,
                       String objectName, String groupPath, Long objectId, boolean readable) {

        public TeamProject readable(boolean readable) {
            return new TeamProject(id, name, status, demandId, demandTitle, demandStatus, objectName, groupPath,
                    objectId, readable);
        }
    }

    /** A demand a project of the team's answers; {@code readable} as {@link TeamProject}'s. */
    record TeamDemand(Long id, String title, String status, String objectName, Long projectId, String projectTitle,
                      String groupPath, Long objectId, boolean readable) {

        public TeamDemand readable(boolean readable) {
            return new TeamDemand(id, title, status, objectName, projectId, projectTitle, groupPath, objectId,
                    readable);
        }
    }

    record ProjectCounts(long projects, long demands) {
    }
}
