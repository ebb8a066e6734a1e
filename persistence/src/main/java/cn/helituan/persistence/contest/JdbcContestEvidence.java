package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestEvidence;
import cn.helituan.persistence.common.SqlFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** A stop's evidence from the record, one statement each (sql/contest/evidence-*.sql). */
@Repository
class JdbcContestEvidence implements ContestEvidence {

    private static final String ACTIVITIES = SqlFiles.read("sql/contest/evidence-activities.sql");
    private static final String PROJECTS = SqlFiles.read("sql/contest/evidence-projects.sql");
    private static final RowMapper<Line> LINE = (rs, n) -> new Line(rs.getLong("id"), rs.getString("title"),
            rs.getObject("on_day", LocalDate.class), rs.getString("group_name"));

    private final NamedParameterJdbcTemplate jdbc;

    JdbcContestEvidence(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Line> activities(long objectId, LocalDate from, LocalDate to, int limit) {
        return jdbc.query(ACTIVITIES, Map.of("object", objectId, "from", from, "to", to, "limit", limit), LINE);
    }

    @Override
    public List<Line> projects(long objectId, LocalDate from, LocalDate to, int limit) {
        return jdbc.query(PROJECTS, Map.of("object", objectId, "from", from, "to", to, "limit", limit), LINE);
    }
}
