package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.BoardQuery;
import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.BoardSort;
import cn.helituan.domain.evaluation.CadreOversight;
import cn.helituan.domain.evaluation.EvaluationStore;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.GroupIndicators;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.IndicatorScoring;
import cn.helituan.domain.evaluation.Oversight;
import cn.helituan.domain.evaluation.RoundTally;
import cn.helituan.domain.evaluation.RoundVisibility;
import cn.helituan.persistence.common.PageClause;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The evaluation in SQL, the statements in {@code sql/evaluation/*.sql} ({@link EvaluationQueries}); this class binds
 * their parameters and maps their rows. A round's indicators are one statement over the record for all its groups
 * (activity_tally for the year's activities and results, the plan's tasks with their actuals, the demands of the
 * objects paired in the year, the projects past their deadline), written back as a batch with their ranks. The
 * review screen is one statement assembled from the parts of {@code board.sql}: its shape depends on the filters and
 * the order (see {@link #board}).
 */
@Repository
class JdbcEvaluationStore implements EvaluationStore {

    /** The rows of the round (the review screen's filters add their conditions to it). */
    private static final String WHERE_ROUND = " where i.round_id = :round";

    private final NamedParameterJdbcTemplate jdbc;
    private final EvaluationQueries sql;
    private final String zone;
    private final EvaluationAttendance attendance;
    private final KeptRoundFigures kept;

    /** {@code zone}: the deployment's time zone, in which a demand's day of raising is read. */
    JdbcEvaluationStore(NamedParameterJdbcTemplate jdbc, EvaluationQueries sql,
                        @Value("${helituan.time-zone:Asia/Shanghai}") String zone, EvaluationAttendance attendance,
                        KeptRoundFigures kept) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.sql = sql;
        this.zone = zone;
        this.attendance = attendance;
    }

    @Override
    public int openEntries(long roundId, String pathPrefix, int year, String by, Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId)
                .addValue("prefix", pathPrefix + "%").addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)));
        int groups = jdbc.update(sql.openEntries, params);
        jdbc.update(sql.openMembers, params);
        // the planner's figures for a round it has not seen (an unanalysed round of 3,000 groups is planned as a
        // handful of rows: nested loops, minutes); ANALYZE counts the rows this transaction wrote
        jdbc.getJdbcTemplate().execute(sql.analyzeEntries);
        return groups;
    }

    @Override
    public List<GroupIndicators> facts(long roundId, int year, LocalDate asOf, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId).addValue("year", year)
                .addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .addValue("zone", zone).addValue("asOf", Date.valueOf(asOf));
        Map<Long, EvaluationAttendance.Days> days = attendance.ofGroups(roundId, year, today);
        EvaluationAttendance.Days none = new EvaluationAttendance.Days(0, 0, 0);
        return jdbc.query(sql.facts, params, (rs, n) -> {
            EvaluationAttendance.Days d = days.getOrDefault(rs.getLong(1), none);
            // the supervision figures follow the first seventeen columns
            return indicators(rs, 1, new Oversight(d.counted(), d.due(), d.doubtful(), rs.getLong(18),
                    rs.getLong(19), rs.getLong(20), rs.getLong(21)));
        });
    }

    @Override
    public List<CadreOversight> stationedCadres(long roundId, long groupId, int year, LocalDate asOf,
                                                LocalDate today) {
        return attendance.ofGroup(roundId, groupId, year, asOf, today);
    }

    /** A group's indicators from the columns at {@code first} in the order of GroupIndicators, with its oversight. */
    private static GroupIndicators indicators(ResultSet rs, int first, Oversight oversight) throws SQLException {
        int c = first;
        return new GroupIndicators(rs.getLong(c++), rs.getLong(c++), rs.getLong(c++), rs.getLong(c++), rs.getLong(c++),
                rs.getLong(c++), rs.getLong(c++), rs.getLong(c++), rs.getBigDecimal(c++), rs.getBigDecimal(c++),
                rs.getBigDecimal(c++), rs.getBigDecimal(c++), rs.getBigDecimal(c++), rs.getBigDecimal(c++),
                rs.getLong(c++), rs.getLong(c++), rs.getLong(c), oversight);
    }

    /** As above, the oversight's seven figures following the first seventeen. */
    private static GroupIndicators indicators(ResultSet rs, int first) throws SQLException {
        int c = first + 17;
        return indicators(rs, first, new Oversight(rs.getLong(c++), rs.getLong(c++), rs.getLong(c++),
                rs.getLong(c++), rs.getLong(c++), rs.getLong(c++), rs.getLong(c)));
    }

    @Override
    public void writeIndicators(long roundId, List<IndicatorScoring.Ranked> rows) {
        MapSqlParameterSource[] batch = rows.stream().map(r -> {
            GroupIndicators g = r.indicators();
            MapSqlParameterSource p = new MapSqlParameterSource("round", roundId)
                    .addValue("group", g.groupId()).addValue("tp", g.tasksPlanned()).addValue("td", g.tasksDone())
                    .addValue("kp", g.keyTasksPlanned()).addValue("kd", g.keyTasksDone())
                    .addValue("ar", g.activitiesReported()).addValue("ac", g.activitiesConfirmed())
                    .addValue("ad", g.activitiesDisputed()).addValue("funds", g.fundsSecured())
                    .addValue("projects", g.projectsIntroduced()).addValue("trainings", g.trainingsHeld())
                    .addValue("trained", g.peopleTrained()).addValue("beneficiaries", g.beneficiaries())
                    .addValue("employed", g.peopleEmployed()).addValue("received", g.demandsReceived())
                    .addValue("resolved", g.demandsResolved()).addValue("overdue", g.overdue())
                    .addValue("att_counted", g.oversight().attendanceCounted())
                    .addValue("att_due", g.oversight().attendanceDue())
                    .addValue("doubtful", g.oversight().doubtfulDays())
                    .addValue("inspections", g.oversight().inspections())
                    .addValue("findings", g.oversight().findings())
                    .addValue("findings_due", g.oversight().findingsDue())
                    .addValue("on_time", g.oversight().findingsOnTime())
                    .addValue("score", r.score()).addValue("rank_score", r.scoreRank(), java.sql.Types.INTEGER);
            for (Indicator i : Indicator.values()) {
                p.addValue("rank_" + i.name().toLowerCase(), r.ranks().get(i), java.sql.Types.INTEGER);
            }
            return p;
        }).toArray(MapSqlParameterSource[]::new);
        boolean fresh = !Boolean.TRUE.equals(jdbc.queryForObject(sql.indicatorsExist,
                new MapSqlParameterSource("round", roundId), Boolean.class));
        // a row whose figures did not change is not written again: computing again leaves no dead rows behind
        jdbc.batchUpdate(sql.writeIndicators, batch);
        if (fresh) {
            // the planner's figures for the round's 3,000 new rows (see openEntries)
            jdbc.getJdbcTemplate().execute(sql.analyzeIndicators);
        }
    }

    @Override
    public Optional<Scored> indicators(long roundId, long groupId) {
        return jdbc.query(sql.indicators, new MapSqlParameterSource("round", roundId).addValue("group", groupId),
                (rs, n) -> new Scored(indicators(rs, 1), rs.getBigDecimal(25))).stream().findFirst();
    }

    @Override
    public GroupIndicators maxima(long roundId) {
        return jdbc.queryForObject(sql.maxima, new MapSqlParameterSource("round", roundId), (rs, n) -> indicators(rs, 1));
    }

    /**
     * The page of the review screen. Unfiltered and ordered by a stored rank (the score or an indicator: rank 1 is the
     * best value), the page's 25 rows are cut from the indicators alone, then joined to their entries, units and
     * aggregates (reviewers' mean, the reader's score, ratings); filtered or ordered by name, the rows are joined first;
     * ordered by an aggregate, every row's aggregates are read first. The count is the round's when unfiltered.
     */
    @Override
    public Board board(long roundId, BoardQuery query, Long reviewerId, String within, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId)
                .addValue("me", reviewerId == null ? -1L : reviewerId);
        StringBuilder where = new StringBuilder(WHERE_ROUND);
        if (within != null) {
            where.append(" ").append(sql.boardWithin);
            params.addValue("within", within + "%");
        }
        if (query.subTeam() != null) {
            where.append(" ").append(sql.boardSubTeam);
            params.addValue("subTeam", query.subTeam());
        }
        if (query.grade() != null) {
            where.append(" ").append(sql.boardGrade);
            params.addValue("grade", query.grade().name());
        }
        if (query.name() != null && !query.name().isBlank()) {
            where.append(" ").append(sql.boardGroupName);
            params.addValue("name", "%" + query.name().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.noSelfAssessment()) {
            where.append(" ").append(sql.boardNoSelfAssessment);
        }
        boolean joined = where.length() > WHERE_ROUND.length();
        // not scored by the reader: an anti-join on the reader's few scores, on the indicators alone when unjoined
        String unscored = query.unscored() ? " " + sql.boardUnscored : "";
        if (query.unscored()) {
            where.append(unscored.replace("x.", "i."));
        }
        boolean filtered = joined || query.unscored();
        BoardSort sort = query.sort() == null ? BoardSort.SCORE : query.sort();
        String up = query.ascending() ? " asc" : " desc";
        String down = query.ascending() ? " desc" : " asc";
        String rank = switch (sort) {
            case SCORE -> "rank_score";
            case NAME, REVIEWERS, RATING -> null;
            default -> "rank_" + sort.indicator().name().toLowerCase();
        };
        String order = switch (sort) {
            case NAME -> "b.group_name" + up + ", b.group_id";
            case REVIEWERS -> "sc.mean" + up + " nulls last, b.rank_score, b.group_id";
            case RATING -> "ra.average" + up + " nulls last, b.rank_score, b.group_id";
            default -> "b." + rank + down + " nulls last, b.group_id";
        };
        String limits = PageClause.of(offset, limit);
        String page = " order by " + order + limits;
        String statement;
        if (rank != null && !joined) {
            String cut = "(" + sql.boardRoundIndicators + unscored + " order by x." + rank + down
                    + " nulls last, x.group_id" + limits + ") i";
            statement = "select b.*, sc.*, ra.* from (" + sql.boardRows.replace("from evaluation_indicator i",
                    "from " + cut) + WHERE_ROUND + ") b " + sql.boardAggregates + " order by " + order;
        } else if (sort == BoardSort.REVIEWERS || sort == BoardSort.RATING) {
            statement = "select b.*, sc.*, ra.* from (" + sql.boardRows + where + ") b " + sql.boardAggregates + page;
        } else {
            statement = "select b.*, sc.*, ra.* from (select * from (" + sql.boardRows + where + ") b" + page + ") b "
                    + sql.boardAggregates + " order by " + order;
        }
        List<BoardRow> rows = jdbc.query(statement, params, (rs, n) -> row(rs));
        long total;
        if (filtered && offset == 0 && rows.size() < limit) {
            total = rows.size();
        } else {
            Long count = jdbc.queryForObject(joined ? "select count(*) from (" + sql.boardRows + where + ") b"
                    : sql.boardRoundCount + unscored, params, Long.class);
            total = count == null ? 0 : count;
        }
        return new Board(rows, total);
    }

    private static BoardRow row(ResultSet rs) throws SQLException {
        Map<Indicator, Integer> ranks = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            int rank = rs.getInt("rank_" + i.name().toLowerCase());
            ranks.put(i, rs.wasNull() ? null : rank);
        }
        GroupIndicators g = new GroupIndicators(rs.getLong("group_id"), rs.getLong("tasks_planned"),
                rs.getLong("tasks_done"), rs.getLong("key_tasks_planned"), rs.getLong("key_tasks_done"),
                rs.getLong("activities_reported"), rs.getLong("activities_confirmed"),
                rs.getLong("activities_disputed"), rs.getBigDecimal("funds_secured"),
                rs.getBigDecimal("projects_introduced"), rs.getBigDecimal("trainings_held"),
                rs.getBigDecimal("people_trained"), rs.getBigDecimal("beneficiaries"),
                rs.getBigDecimal("people_employed"), rs.getLong("demands_received"),
                rs.getLong("demands_resolved"), rs.getLong("overdue"), new Oversight(rs.getLong("attendance_counted"),
                rs.getLong("attendance_due"), rs.getLong("doubtful_days"), rs.getLong("inspections"),
                rs.getLong("findings"), rs.getLong("findings_due"), rs.getLong("findings_on_time")));
        return new BoardRow(rs.getLong("entry_id"), g.groupId(), rs.getString("group_name"),
                rs.getString("sub_team"), g, rs.getBigDecimal("score"), rs.getObject("rank_score", Integer.class), ranks,
                rs.getBoolean("self_assessed"), rs.getBigDecimal("average"), rs.getLong("ratings"),
                rs.getBigDecimal("mean"), rs.getLong("reviews"), rs.getBigDecimal("mine"),
                grade(rs.getString("proposed_grade")), grade(rs.getString("grade")));
    }

    private static Grade grade(String code) {
        return code == null ? null : Grade.valueOf(code);
    }

    @Override
    public List<Inputs> inputs(long roundId) {
        return jdbc.query(sql.inputs, new MapSqlParameterSource("round", roundId),
                (rs, n) -> new Inputs(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
    }

    @Override
    public RoundTally tally(long roundId, Grade top) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId).addValue("top", top.name());
        return kept.get(roundId, List.of("tally", top), () -> jdbc.queryForObject(sql.tally, params,
                (rs, n) -> new RoundTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7))));
    }

    @Override
    public RoundIds visible(RoundVisibility v, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        List<String> which = new ArrayList<>();
        if (v.adminPrefix() != null) {
            which.add(v.adminPrefix().isEmpty() ? sql.visibleToAdminOfAll : sql.visibleToAdmin);
            params.addValue("admin", v.adminPrefix() + "%");
        }
        if (v.reviewerId() != null) {
            which.add(sql.visibleToReviewer);
            params.addValue("reviewer", v.reviewerId());
        }
        if (v.rosterPrefix() != null) {
            which.add(sql.visibleToRoster);
            params.addValue("roster", v.rosterPrefix() + "%");
        }
        if (v.objectId() != null) {
            which.add(sql.visibleToObject);
            params.addValue("object", v.objectId());
        }
        if (which.isEmpty()) {
            return new RoundIds(List.of(), 0);
        }
        String from = " " + sql.visibleFrom + " " + String.join(" or ", which);
        Long total = jdbc.queryForObject("select count(*)" + from, params, Long.class);
        List<Long> ids = jdbc.queryForList("select r.id" + from + " " + sql.visibleOrder, params, Long.class);
        return new RoundIds(ids, total == null ? 0 : total);
    }

    @Override
    public List<Result> resultsOfGroup(long groupId) {
        return jdbc.query(sql.resultsOfGroup, new MapSqlParameterSource("group", groupId),
                (rs, n) -> result(rs, rs.getString(6)));
    }

    @Override
    public List<Result> resultsOfMember(long memberId) {
        return jdbc.query(sql.resultsOfMember, new MapSqlParameterSource("member", memberId),
                (rs, n) -> result(rs, rs.getString(6)));
    }

    private static Result result(ResultSet rs, String gradeCode) throws SQLException {
        Grade grade = grade(gradeCode);
        Set<Grade> grades = new Grade.Column().convertToEntityAttribute(rs.getString(7));
        Grade top = grades.stream().min(Enum::compareTo).orElse(Grade.EXCELLENT);
        return new Result(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5), grade,
                grade == top);
    }

    @Override
    public List<Commended> commendedMembers(long roundId, Grade top) {
        return jdbc.query(sql.commendedMembers, new MapSqlParameterSource("round", roundId)
                .addValue("top", top.name()), (rs, n) -> new Commended(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4)));
    }

    @Override
    public boolean roundExists(int year, Long scopeUnitId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql.roundExists,
                new MapSqlParameterSource("year", year).addValue("unit", scopeUnitId), Boolean.class));
    }

    @Override
    public void lockRound(long roundId) {
        jdbc.query(sql.lockRound, new MapSqlParameterSource("round", roundId), rs -> { });
    }

    @Override
    public long gradedOutside(long roundId, Set<Grade> grades) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId)
                .addValue("grades", grades.stream().map(Enum::name).toList());
        Long count = jdbc.queryForObject(sql.gradedOutside, params, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<SubTeam> subTeams(long roundId, String path) {
        return kept.get(roundId, List.of("subTeams", String.valueOf(path)), () -> List.copyOf(jdbc.query(sql.subTeams,
                new MapSqlParameterSource("round", roundId).addValue("path", path + "%"),
                (rs, n) -> new SubTeam(rs.getLong(1), rs.getString(2)))));
    }

    @Override
    public boolean hasGroupUnder(long roundId, String path) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql.hasGroupUnder,
                new MapSqlParameterSource("round", roundId).addValue("path", path + "%"), Boolean.class));
    }

    @Override
    public List<Long> groupsPairedWith(long roundId, long objectId) {
        return jdbc.queryForList(sql.groupsPairedWith, new MapSqlParameterSource("round", roundId).addValue("object", objectId),
                Long.class);
    }

    @Override
    public List<Due> selfAssessmentsDue(long groupId, LocalDate today) {
        return due(sql.todoSelfAssessments, new MapSqlParameterSource("group", groupId), today);
    }

    @Override
    public List<Due> ratingsDue(long objectId, LocalDate today) {
        return due(sql.todoRatings, new MapSqlParameterSource("object", objectId), today);
    }

    @Override
    public List<Due> scoresDue(long reviewerId, LocalDate today) {
        return due(sql.todoScores, new MapSqlParameterSource("me", reviewerId), today);
    }

    private List<Due> due(String statement, MapSqlParameterSource params, LocalDate today) {
        return jdbc.query(statement, params.addValue("today", Date.valueOf(today)),
                (rs, n) -> new Due(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3)));
    }
}
