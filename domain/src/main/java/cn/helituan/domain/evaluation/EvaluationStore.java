package cn.helituan.domain.evaluation;

import cn.helituan.domain.common.Choice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The evaluation's set-wise reads and writes, in SQL (persistence module): thousands of groups a statement. */
public interface EvaluationStore {

    /**
     * Makes the round's entries: every live group under the path ("" for all) and, for each, the members who belonged
     * to it at some time in the year; with their history rows. Returns the number of groups.
     */
    int openEntries(long roundId, String pathPrefix, int year, String by, Instant at);

    /**
     * The indicators of each group of the round for its year, from the record; overdue means due before {@code asOf};
     * a stationed cadre's working day without a check-in is absent once it is over on {@code today}.
     */
    List<GroupIndicators> facts(long roundId, int year, LocalDate asOf, LocalDate today);

    /** The cadres stationed in the group's villages in the year, counted as {@link #facts} counts them. */
    List<CadreOversight> stationedCadres(long roundId, long groupId, int year, LocalDate asOf, LocalDate today);

    /** Writes the round's indicators with each group's score and ranks (a row unchanged is not written again). */
    void writeIndicators(long roundId, List<IndicatorScoring.Ranked> rows);

    /** A group's indicators in the round and its indicator score. */
    Optional<Scored> indicators(long roundId, long groupId);

    record Scored(GroupIndicators indicators, BigDecimal score) {
    }

    /** Each column's largest value in the round. */
    GroupIndicators maxima(long roundId);

    /** A page of the review screen: the rows and how many match. */
    record Board(List<BoardRow> rows, long total) {
    }

    /** {@code within}: only the groups under this path (a sub-team leader's), null for all of the round's. */
    Board board(long roundId, BoardQuery query, Long reviewerId, String within, long offset, int limit);

    /** Each entry's indicator score, reviewers' mean and rating average (the grade proposal's inputs). */
    record Inputs(long entryId, BigDecimal score, BigDecimal reviewersMean, BigDecimal ratingAverage) {
    }

    List<Inputs> inputs(long roundId);

    RoundTally tally(long roundId, Grade top);

    /** The ids of the rounds the reader sees (see EvaluationReading#list), latest year first, and how many. */
    record RoundIds(List<Long> ids, long total) {
    }

    RoundIds visible(RoundVisibility visibility, long offset, int limit);

    /** A published result: the round, its year, the group and the grade. */
    record Result(long roundId, int year, String roundName, long groupId, String groupName, Grade grade,
                  boolean top) {
    }

    /** The group's published grades, latest year first. */
    List<Result> resultsOfGroup(long groupId);

    /** The member's published grades (their own or their group's), latest year first. */
    List<Result> resultsOfMember(long memberId);

    /** A member with the top grade in a published round (the commendation list). */
    record Commended(long memberId, String name, String workUnit, String groupName) {
    }

    List<Commended> commendedMembers(long roundId, Grade top);

    /** Whether the year has a round for this scope (null: the whole deployment). */
    boolean roundExists(int year, Long scopeUnitId);

    /** Locks the round's row until the end of the transaction (publishing: no write of the round meanwhile). */
    void lockRound(long roundId);

    /** How many of the round's groups and members have a grade that is not one of these. */
    long gradedOutside(long roundId, java.util.Set<Grade> grades);

    /** A sub-team the round's groups belong to (the review screen's filter, rendered by the choices dialect). */
    record SubTeam(Long id, String name) implements Choice {
    }

    /** The sub-teams of the round's groups under the path ("" for all), in the tree's order. */
    List<SubTeam> subTeams(long roundId, String path);

    /** Whether one of the round's groups lies under the path. */
    boolean hasGroupUnder(long roundId, String path);

    /** The groups whose objects' accounts may rate them: the round's entries paired with the object in its year. */
    List<Long> groupsPairedWith(long roundId, long objectId);

    /** What is due in an open round still taking input: its id, deadline and how many things (the to-do centre). */
    record Due(long roundId, LocalDate deadline, long count) {
    }

    /** The rounds in which the group's self-assessment is due. */
    List<Due> selfAssessmentsDue(long groupId, LocalDate today);

    /** Per round, the groups paired with the object it has not rated yet. */
    List<Due> ratingsDue(long objectId, LocalDate today);

    /** Per round naming the reviewer, the round's groups (with indicators) they have not scored yet. */
    List<Due> scoresDue(long reviewerId, LocalDate today);
}
