package cn.helituan.persistence.evaluation;

import cn.helituan.persistence.common.SqlFiles;
import cn.helituan.persistence.plan.TaskSql;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The evaluation's SQL, read once from {@code sql/evaluation/*.sql}. The review screen's and the rounds list's
 * statements are assembled from named parts ({@code -- name: x}) by {@link JdbcEvaluationStore}; the indicators'
 * statement takes the plan's task actuals from {@link TaskSql}.
 */
@Component
class EvaluationQueries {

    private static final String DIR = "sql/evaluation/";

    final String openEntries = read("open-entries");
    final String openMembers = read("open-members");
    final String facts = read("facts").replace("${TaskSql.DONE_CONFIRMED}", TaskSql.DONE_CONFIRMED)
            .replace("${TaskSql.SUMS}", TaskSql.SUMS);
    final String writeIndicators = read("write-indicators");
    final String indicatorsExist = "select exists (select 1 from evaluation_indicator where round_id = :round)";
    final String analyzeEntries = "analyze evaluation_entry, evaluation_member";
    final String analyzeIndicators = "analyze evaluation_indicator";
    final String indicators = read("indicators");
    final String maxima = read("maxima");
    final String inputs = read("inputs");
    final String tally = read("tally");
    final String resultsOfGroup = read("results-of-group");
    final String resultsOfMember = read("results-of-member");
    final String commendedMembers = read("commended-members");
    final String roundExists = read("round-exists");
    final String lockRound = "select id from evaluation_round where id = :round for update";
    final String gradedOutside = read("graded-outside");
    final String subTeams = read("sub-teams");
    final String hasGroupUnder = read("has-group-under");
    final String groupsPairedWith = read("groups-paired-with");

    private final Map<String, String> todos = SqlFiles.parts(DIR + "todos.sql");
    /** The to-do centre's: a group's self-assessments, a village's ratings, a reviewer's scores due per round. */
    final String todoSelfAssessments = part(todos, "selfAssessments");
    final String todoRatings = part(todos, "ratings");
    final String todoScores = part(todos, "scores");

    private final Map<String, String> board = SqlFiles.parts(DIR + "board.sql");
    /** The review screen's row b: an entry with its indicators, ranks, unit and sub-team. */
    final String boardRows = part(board, "rows");
    /** Each row's reviewers' mean and count, the reader's own score, its ratings' average and count. */
    final String boardAggregates = part(board, "aggregates");
    final String boardWithin = part(board, "within");
    final String boardSubTeam = part(board, "subTeam");
    final String boardGrade = part(board, "grade");
    final String boardGroupName = part(board, "groupName");
    final String boardNoSelfAssessment = part(board, "noSelfAssessment");
    /** Not scored by the reader, on the indicators {@code x}. */
    final String boardUnscored = part(board, "unscored");
    final String boardRoundIndicators = part(board, "roundIndicators");
    final String boardRoundCount = part(board, "roundCount");

    private final Map<String, String> visible = SqlFiles.parts(DIR + "visible.sql");
    final String visibleToAdminOfAll = part(visible, "adminAll");
    final String visibleToAdmin = part(visible, "admin");
    final String visibleToReviewer = part(visible, "reviewer");
    final String visibleToRoster = part(visible, "roster");
    final String visibleToObject = part(visible, "object");
    final String visibleFrom = part(visible, "from");
    final String visibleOrder = part(visible, "order");

    private static String read(String name) {
        return SqlFiles.read(DIR + name + ".sql");
    }

    private static String part(Map<String, String> parts, String name) {
        String sql = parts.get(name);
        if (sql == null) {
            throw new IllegalStateException("no part '" + name + "' in " + DIR);
        }
        return sql;
    }
}
