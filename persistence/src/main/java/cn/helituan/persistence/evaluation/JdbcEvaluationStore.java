package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.BoardQuery;
import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.BoardSort;
import cn.helituan.domain.evaluation.EvaluationStore;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.GroupIndicators;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.IndicatorScoring;
import cn.helituan.domain.evaluation.RoundTally;
import cn.helituan.domain.evaluation.RoundVisibility;
import cn.helituan.persistence.plan.TaskSql;
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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The evaluation in SQL. A round's indicators are one statement over the record for all its groups (activity_tally
 * for the year's activities and results, the plan's tasks with their actuals, the demands of the objects paired in
 * the year, the projects past their deadline), written back as a batch. The review screen is one statement: every
 * entry of the round with its indicators, its scores' and ratings' aggregates and its rank on each indicator (window
 * functions over the whole round), then filtered, ordered and cut to the page.
 */
@Repository
class JdbcEvaluationStore implements EvaluationStore {

    /** The indicator columns of evaluation_indicator in GroupIndicators' order. */
    private static final String COLUMNS = "tasks_planned, tasks_done, key_tasks_planned, key_tasks_done,"
            + " activities_reported, activities_confirmed, activities_disputed, funds_secured, projects_introduced,"
            + " trainings_held, people_trained, beneficiaries, people_employed, demands_received, demands_resolved,"
            + " overdue";

    private static final String FACTS = """
            with g as (select e.group_id from evaluation_entry e where e.round_id = :round),
            act as (
                select t.unit_id, sum(t.reported) reported, sum(t.confirmed) confirmed, sum(t.disputed) disputed,
                       sum(t.funds_secured_confirmed) funds, sum(t.projects_introduced_confirmed) projects,
                       sum(t.trainings_held_confirmed) trainings, sum(t.people_trained_confirmed) trained,
                       sum(t.beneficiaries_confirmed) beneficiaries, sum(t.people_employed_confirmed) employed
                from activity_tally t
                where t.unit_id in (select group_id from g) and t.month between :from and :to
                group by t.unit_id),
            tasks as (
                select p.group_id, t.kind, t.due_on, %s as done
                from plan_task t join annual_plan p on p.id = t.plan_id
                left join lateral (select 1 as x%s from activity a where a.task_id = t.id) s on true
                where not t.removed and p.year = :year and p.group_id in (select group_id from g)),
            tk as (
                select group_id, count(*) planned, count(*) filter (where done) done,
                       count(*) filter (where kind = 'KEY') key_planned,
                       count(*) filter (where kind = 'KEY' and done) key_done,
                       count(*) filter (where not done and due_on < :asOf) overdue
                from tasks group by group_id),
            rel as (
                select distinct r.group_id, r.object_id from assistance_relationship r
                where r.group_id in (select group_id from g)
                  and r.starts_on <= :to and coalesce(r.ended_on, r.ends_on) >= :from),
            dm as (
                select rel.group_id,
                       count(*) filter (where (d.created_at at time zone :zone)::date between :from and :to) received,
                       count(*) filter (where (d.created_at at time zone :zone)::date between :from and :to
                                        and d.status = 'RESOLVED') resolved,
                       count(*) filter (where d.status not in ('DECLINED', 'RESOLVED', 'UNSOLVABLE')
                                        and d.wanted_by < :asOf) overdue
                from rel join demand d on d.object_id = rel.object_id
                group by rel.group_id),
            pj as (
                select p.group_id, count(*) overdue from project p
                where p.group_id in (select group_id from g) and p.status = 'ACTIVE' and p.deadline < :asOf
                group by p.group_id)
            select g.group_id, coalesce(tk.planned, 0), coalesce(tk.done, 0), coalesce(tk.key_planned, 0),
                   coalesce(tk.key_done, 0), coalesce(act.reported, 0), coalesce(act.confirmed, 0),
                   coalesce(act.disputed, 0), coalesce(act.funds, 0), coalesce(act.projects, 0),
                   coalesce(act.trainings, 0), coalesce(act.trained, 0), coalesce(act.beneficiaries, 0),
                   coalesce(act.employed, 0), coalesce(dm.received, 0), coalesce(dm.resolved, 0),
                   coalesce(tk.overdue, 0) + coalesce(dm.overdue, 0) + coalesce(pj.overdue, 0)
            from g left join act on act.unit_id = g.group_id left join tk on tk.group_id = g.group_id
            left join dm on dm.group_id = g.group_id left join pj on pj.group_id = g.group_id
            order by g.group_id""".formatted(TaskSql.DONE_CONFIRMED, TaskSql.SUMS);

    /** A score {@code s} counts while its reviewer is on the round (one taken off keeps the record, not the say). */
    private static final String ACTIVE_REVIEWER = "exists (select 1 from evaluation_reviewer v where v.round_id ="
            + " s.round_id and v.account_id = s.reviewer_id and not v.removed)";

    /** The review screen's rows {@code b}: a group's entry, indicators and ranks, its unit and sub-team. */
    private static final String BOARD_ROWS;
    /** Each row's reviewers' mean and count, the reader's own score, its ratings' average and count. */
    private static final String BOARD_AGGREGATES;

    static {
        StringBuilder rankColumns = new StringBuilder("i.rank_score");
        for (Indicator i : Indicator.values()) {
            rankColumns.append(", i.rank_").append(i.name().toLowerCase());
        }
        BOARD_ROWS = """
                select e.id entry_id, e.group_id, g.name group_name, g.path, p.name sub_team, i.score, %s, %s,
                       e.self_assessed_at is not null self_assessed, e.proposed_grade, e.grade
                from evaluation_indicator i
                join evaluation_entry e on e.round_id = i.round_id and e.group_id = i.group_id
                join unit g on g.id = i.group_id left join unit p on p.id = g.parent_id""".formatted(
                "i." + COLUMNS.replace(", ", ", i."), rankColumns);
        BOARD_AGGREGATES = " " + """
                left join lateral (select round(avg(s.score), 2) mean, count(*) reviews,
                                          max(s.score) filter (where s.reviewer_id = :me) mine
                                   from evaluation_score s where s.entry_id = b.entry_id and %s) sc on true
                left join lateral (select round(avg(x.rating), 2) average, count(*) ratings
                                   from evaluation_rating x where x.entry_id = b.entry_id) ra on true"""
                .formatted(ACTIVE_REVIEWER);
    }

    private final NamedParameterJdbcTemplate jdbc;

    private final String zone;

    /** {@code zone}: the deployment's time zone, in which a demand's day of raising is read. */
    JdbcEvaluationStore(NamedParameterJdbcTemplate jdbc,
                        @org.springframework.beans.factory.annotation.Value("${helituan.time-zone:Asia/Shanghai}")
                        String zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public int openEntries(long roundId, String pathPrefix, int year, String by, Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId)
                .addValue("prefix", pathPrefix + "%").addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)));
        int groups = jdbc.update("""
                with e as (
                    insert into evaluation_entry (round_id, group_id, created_at, created_by)
                    select :round, g.id, :at, :by from unit g
                    where g.kind = 'GROUP' and not g.archived and g.path like :prefix
                    order by g.path
                    returning id)
                insert into record_history (entity_type, entity_id, action, changed_at, changed_by)
                select 'EvaluationEntry', id, 'CREATED', :at, :by from e""", params);
        jdbc.update("""
                with m as (
                    insert into evaluation_member (round_id, entry_id, member_id, created_at, created_by)
                    select :round, x.entry_id, x.member_id, :at, :by
                    from (select distinct e.id entry_id, ms.member_id
                          from evaluation_entry e join membership ms on ms.unit_id = e.group_id
                          where e.round_id = :round and ms.joined_on <= :to
                            and (ms.left_on is null or ms.left_on >= :from)) x
                    returning id)
                insert into record_history (entity_type, entity_id, action, changed_at, changed_by)
                select 'EvaluationMember', id, 'CREATED', :at, :by from m""", params);
        // the planner's figures for a round it has not seen (an unanalysed round of 3,000 groups is planned as a
        // handful of rows: nested loops, minutes); ANALYZE counts the rows this transaction wrote
        jdbc.getJdbcTemplate().execute("analyze evaluation_entry, evaluation_member");
        return groups;
    }

    @Override
    public List<GroupIndicators> facts(long roundId, int year, LocalDate asOf) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId).addValue("year", year)
                .addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .addValue("zone", zone).addValue("asOf", Date.valueOf(asOf));
        return jdbc.query(FACTS, params, (rs, n) -> indicators(rs, 1));
    }

    private static GroupIndicators indicators(ResultSet rs, int first) throws SQLException {
        int c = first;
        return new GroupIndicators(rs.getLong(c++), rs.getLong(c++), rs.getLong(c++), rs.getLong(c++), rs.getLong(c++),
                rs.getLong(c++), rs.getLong(c++), rs.getLong(c++), rs.getBigDecimal(c++), rs.getBigDecimal(c++),
                rs.getBigDecimal(c++), rs.getBigDecimal(c++), rs.getBigDecimal(c++), rs.getBigDecimal(c++),
                rs.getLong(c++), rs.getLong(c++), rs.getLong(c));
    }

    @Override
    public void writeIndicators(long roundId, List<IndicatorScoring.Ranked> rows) {
        StringBuilder columns = new StringBuilder(COLUMNS + ", score, rank_score");
        StringBuilder values = new StringBuilder(":tp, :td, :kp, :kd, :ar, :ac, :ad, :funds, :projects, :trainings,"
                + " :trained, :beneficiaries, :employed, :received, :resolved, :overdue, :score, :rank_score");
        for (Indicator i : Indicator.values()) {
            columns.append(", rank_").append(i.name().toLowerCase());
            values.append(", :rank_").append(i.name().toLowerCase());
        }
        String[] names = columns.toString().split(",\\s*");
        String updates = java.util.Arrays.stream(names).map(c -> c + " = excluded." + c)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        String current = java.util.Arrays.stream(names).map(c -> "evaluation_indicator." + c)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        String incoming = java.util.Arrays.stream(names).map(c -> "excluded." + c)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        // a row whose figures did not change is not written again: computing again leaves no dead rows behind
        String sql = "insert into evaluation_indicator (round_id, group_id, " + columns + ") values (:round, :group, "
                + values + ") on conflict (round_id, group_id) do update set " + updates
                + " where (" + current + ") is distinct from (" + incoming + ")";
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
                    .addValue("score", r.score()).addValue("rank_score", r.scoreRank());
            for (Indicator i : Indicator.values()) {
                p.addValue("rank_" + i.name().toLowerCase(), r.ranks().get(i), java.sql.Types.INTEGER);
            }
            return p;
        }).toArray(MapSqlParameterSource[]::new);
        boolean fresh = !Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from evaluation_indicator where round_id = :round)",
                new MapSqlParameterSource("round", roundId), Boolean.class));
        jdbc.batchUpdate(sql, batch);
        if (fresh) {
            // the planner's figures for the round's 3,000 new rows (see openEntries)
            jdbc.getJdbcTemplate().execute("analyze evaluation_indicator");
        }
    }

    @Override
    public Optional<Scored> indicators(long roundId, long groupId) {
        return jdbc.query("select group_id, " + COLUMNS + ", score from evaluation_indicator"
                        + " where round_id = :round and group_id = :group",
                new MapSqlParameterSource("round", roundId).addValue("group", groupId),
                (rs, n) -> new Scored(indicators(rs, 1), rs.getBigDecimal(18))).stream().findFirst();
    }

    @Override
    public GroupIndicators maxima(long roundId) {
        String max = java.util.Arrays.stream(COLUMNS.split(",\\s*")).map(c -> "coalesce(max(" + c + "), 0)")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        return jdbc.queryForObject("select 0, " + max + " from evaluation_indicator where round_id = :round",
                new MapSqlParameterSource("round", roundId), (rs, n) -> indicators(rs, 1));
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
                .addValue("me", reviewerId == null ? -1L : reviewerId).addValue("limit", limit)
                .addValue("offset", offset);
        StringBuilder where = new StringBuilder(" where i.round_id = :round");
        if (within != null) {
            where.append(" and g.path like :within");
            params.addValue("within", within + "%");
        }
        if (query.subTeam() != null) {
            where.append(" and g.path like (select u.path from unit u where u.id = :subTeam) || '%'");
            params.addValue("subTeam", query.subTeam());
        }
        if (query.grade() != null) {
            where.append(" and e.grade = :grade");
            params.addValue("grade", query.grade().name());
        }
        if (query.name() != null && !query.name().isBlank()) {
            where.append(" and g.name ilike :name");
            params.addValue("name", "%" + query.name().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.noSelfAssessment()) {
            where.append(" and e.self_assessed_at is null");
        }
        boolean joined = where.indexOf(" and ") >= 0;
        // not scored by the reader: an anti-join on the reader's few scores, on the indicators alone when unjoined
        String unscored = query.unscored() ? " and not exists (select 1 from evaluation_score s join evaluation_entry se"
                + " on se.id = s.entry_id where se.round_id = x.round_id and se.group_id = x.group_id"
                + " and s.reviewer_id = :me)" : "";
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
        String page = " order by " + order + " limit :limit offset :offset";
        String sql;
        if (rank != null && !joined) {
            String cut = "(select * from evaluation_indicator x where x.round_id = :round" + unscored + " order by x."
                    + rank + down + " nulls last, x.group_id limit :limit offset :offset) i";
            sql = "select b.*, sc.*, ra.* from (" + BOARD_ROWS.replace("from evaluation_indicator i", "from " + cut)
                    + " where i.round_id = :round) b" + BOARD_AGGREGATES + " order by " + order;
        } else if (sort == BoardSort.REVIEWERS || sort == BoardSort.RATING) {
            sql = "select b.*, sc.*, ra.* from (" + BOARD_ROWS + where + ") b" + BOARD_AGGREGATES + page;
        } else {
            sql = "select b.*, sc.*, ra.* from (select * from (" + BOARD_ROWS + where + ") b" + page + ") b"
                    + BOARD_AGGREGATES + " order by " + order;
        }
        List<BoardRow> rows = jdbc.query(sql, params, (rs, n) -> row(rs));
        long total;
        if (filtered && offset == 0 && rows.size() < limit) {
            total = rows.size();
        } else {
            Long count = jdbc.queryForObject(joined ? "select count(*) from (" + BOARD_ROWS + where + ") b"
                    : "select count(*) from evaluation_indicator x where x.round_id = :round" + unscored, params,
                    Long.class);
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
                rs.getLong("demands_resolved"), rs.getLong("overdue"));
        return new BoardRow(rs.getLong("entry_id"), g.groupId(), rs.getString("group_name"),
                rs.getString("sub_team"), g, rs.getBigDecimal("score"), rs.getInt("rank_score"), ranks,
                rs.getBoolean("self_assessed"), rs.getBigDecimal("average"), rs.getLong("ratings"),
                rs.getBigDecimal("mean"), rs.getLong("reviews"), rs.getBigDecimal("mine"),
                grade(rs.getString("proposed_grade")), grade(rs.getString("grade")));
    }

    private static Grade grade(String code) {
        return code == null ? null : Grade.valueOf(code);
    }

    @Override
    public List<Inputs> inputs(long roundId) {
        return jdbc.query("""
                select e.id, i.score,
                       (select round(avg(s.score), 2) from evaluation_score s where s.entry_id = e.id and %s),
                       (select round(avg(r.rating), 2) from evaluation_rating r where r.entry_id = e.id)
                from evaluation_entry e
                join evaluation_indicator i on i.round_id = e.round_id and i.group_id = e.group_id
                where e.round_id = :round""".formatted(ACTIVE_REVIEWER), new MapSqlParameterSource("round", roundId),
                (rs, n) -> new Inputs(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
    }

    @Override
    public RoundTally tally(long roundId, Grade top) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId).addValue("top", top.name());
        return jdbc.queryForObject("""
                select count(*), count(*) filter (where e.self_assessed_at is not null),
                       (select count(distinct s.entry_id) from evaluation_score s where s.round_id = :round and %s),
                       count(*) filter (where e.grade is not null), count(*) filter (where e.grade = :top),
                       (select count(*) from evaluation_member m where m.round_id = :round),
                       (select count(*) from evaluation_member m where m.round_id = :round and m.grade = :top)
                     + (select count(*) from evaluation_entry x join evaluation_member m on m.entry_id = x.id
                        where x.round_id = :round and x.grade = :top and m.grade is null)
                from evaluation_entry e where e.round_id = :round""".formatted(ACTIVE_REVIEWER), params,
                (rs, n) -> new RoundTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)));
    }

    @Override
    public RoundIds visible(RoundVisibility v, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        List<String> which = new ArrayList<>();
        if (v.adminPrefix() != null) {
            which.add(v.adminPrefix().isEmpty() ? "true" : "u.path like :admin");
            params.addValue("admin", v.adminPrefix() + "%");
        }
        if (v.reviewerId() != null) {
            which.add("exists (select 1 from evaluation_reviewer x where x.round_id = r.id"
                    + " and x.account_id = :reviewer and not x.removed)");
            params.addValue("reviewer", v.reviewerId());
        }
        if (v.rosterPrefix() != null) {
            which.add("exists (select 1 from evaluation_entry e join unit g on g.id = e.group_id"
                    + " where e.round_id = r.id and g.path like :roster)");
            params.addValue("roster", v.rosterPrefix() + "%");
        }
        if (v.objectId() != null) {
            which.add("exists (select 1 from evaluation_entry e join assistance_relationship a on a.group_id = e.group_id"
                    + " where e.round_id = r.id and a.object_id = :object and a.starts_on <= make_date(r.year, 12, 31)"
                    + " and coalesce(a.ended_on, a.ends_on) >= make_date(r.year, 1, 1))");
            params.addValue("object", v.objectId());
        }
        if (which.isEmpty()) {
            return new RoundIds(List.of(), 0);
        }
        String from = " from evaluation_round r left join unit u on u.id = r.scope_unit_id where "
                + String.join(" or ", which);
        Long total = jdbc.queryForObject("select count(*)" + from, params, Long.class);
        List<Long> ids = jdbc.queryForList("select r.id" + from + " order by r.year desc, r.id desc"
                + " limit :limit offset :offset", params, Long.class);
        return new RoundIds(ids, total == null ? 0 : total);
    }

    @Override
    public List<Result> resultsOfGroup(long groupId) {
        return jdbc.query("""
                select r.id, r.year, r.name, e.group_id, g.name, e.grade, r.grades
                from evaluation_entry e join evaluation_round r on r.id = e.round_id join unit g on g.id = e.group_id
                where e.group_id = :group and r.status = 'PUBLISHED'
                order by r.year desc, r.id desc""", new MapSqlParameterSource("group", groupId),
                (rs, n) -> result(rs, rs.getString(6)));
    }

    @Override
    public List<Result> resultsOfMember(long memberId) {
        return jdbc.query("""
                select r.id, r.year, r.name, e.group_id, g.name, coalesce(m.grade, e.grade), r.grades
                from evaluation_member m join evaluation_entry e on e.id = m.entry_id
                join evaluation_round r on r.id = m.round_id join unit g on g.id = e.group_id
                where m.member_id = :member and r.status = 'PUBLISHED'
                order by r.year desc, r.id desc""", new MapSqlParameterSource("member", memberId),
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
        return jdbc.query("""
                select mb.id, mb.name, w.name, g.name
                from evaluation_member m join evaluation_entry e on e.id = m.entry_id join unit g on g.id = e.group_id
                join member mb on mb.id = m.member_id join work_unit w on w.id = mb.work_unit_id
                where m.round_id = :round and coalesce(m.grade, e.grade) = :top
                order by g.path, mb.name, mb.id""", new MapSqlParameterSource("round", roundId)
                .addValue("top", top.name()), (rs, n) -> new Commended(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4)));
    }

    @Override
    public boolean roundExists(int year, Long scopeUnitId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from evaluation_round where year = :year
                               and coalesce(scope_unit_id, 0) = coalesce(cast(:unit as bigint), 0))""",
                new MapSqlParameterSource("year", year).addValue("unit", scopeUnitId), Boolean.class));
    }

    @Override
    public void lockRound(long roundId) {
        jdbc.query("select id from evaluation_round where id = :round for update",
                new MapSqlParameterSource("round", roundId), rs -> { });
    }

    @Override
    public long gradedOutside(long roundId, Set<Grade> grades) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", roundId)
                .addValue("grades", grades.stream().map(Enum::name).toList());
        Long count = jdbc.queryForObject("""
                select (select count(*) from evaluation_entry where round_id = :round and grade not in (:grades))
                     + (select count(*) from evaluation_member where round_id = :round and grade not in (:grades))""",
                params, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<SubTeam> subTeams(long roundId, String path) {
        return jdbc.query("""
                select p.id, p.name from unit p
                where p.kind = 'SUB_TEAM' and p.path like :path
                  and exists (select 1 from evaluation_entry e join unit g on g.id = e.group_id
                              where e.round_id = :round and g.parent_id = p.id)
                order by p.path""", new MapSqlParameterSource("round", roundId).addValue("path", path + "%"),
                (rs, n) -> new SubTeam(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public boolean hasGroupUnder(long roundId, String path) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from evaluation_entry e join unit g on g.id = e.group_id
                               where e.round_id = :round and g.path like :path)""",
                new MapSqlParameterSource("round", roundId).addValue("path", path + "%"), Boolean.class));
    }

    @Override
    public List<Long> groupsPairedWith(long roundId, long objectId) {
        return jdbc.queryForList("""
                select distinct e.group_id from evaluation_entry e join evaluation_round r on r.id = e.round_id
                join assistance_relationship a on a.group_id = e.group_id
                where e.round_id = :round and a.object_id = :object and a.starts_on <= make_date(r.year, 12, 31)
                  and coalesce(a.ended_on, a.ends_on) >= make_date(r.year, 1, 1)
                order by e.group_id""", new MapSqlParameterSource("round", roundId).addValue("object", objectId),
                Long.class);
    }
}
