package cn.helituan.persistence.crossteam;

import cn.helituan.domain.assisted.TownPick;
import cn.helituan.domain.crossteam.CrossTeamFacts;
import cn.helituan.domain.crossteam.LedgerEntry;
import cn.helituan.domain.crossteam.ServiceDays;
import cn.helituan.domain.crossteam.TeamActivity;
import cn.helituan.persistence.common.SqlFiles;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** sql/crossteam/facts.sql: each read one statement. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcCrossTeamFacts implements CrossTeamFacts {

    private static final Map<String, String> SQL = SqlFiles.parts("sql/crossteam/facts.sql");

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<TeamActivity> activitiesOf(long teamId, int limit, long offset) {
        return jdbc.query(SQL.get("activities-of-team"), new MapSqlParameterSource("team", teamId)
                .addValue("limit", limit).addValue("offset", offset), (rs, i) -> activity(rs));
    }

    @Override
    public long activityCount(long teamId) {
        return jdbc.queryForObject(SQL.get("activity-count"), new MapSqlParameterSource("team", teamId), Long.class);
    }

    @Override
    public Ledger ledgerOf(long teamId, Pageable pageable) {
        MapSqlParameterSource p = new MapSqlParameterSource("team", teamId)
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        long[] total = {0};
        BigDecimal[] spent = {BigDecimal.ZERO};
        List<LedgerEntry> entries = jdbc.query(SQL.get("ledger"), p, (rs, i) -> {
            total[0] = rs.getLong("total");
            spent[0] = rs.getBigDecimal("spent");
            return new LedgerEntry(rs.getLong("id"), rs.getLong("version"), rs.getObject("spent_on", LocalDate.class),
                    rs.getString("purpose"), rs.getBigDecimal("amount"), rs.getString("attachment_name"),
                    rs.getString("override_by"), rs.getString("override_reason"), rs.getBoolean("cancelled"),
                    rs.getString("cancelled_reason"));
        });
        if (entries.isEmpty() && pageable.getOffset() > 0) {
            jdbc.query(SQL.get("ledger-totals"), p, rs -> {
                total[0] = rs.getLong("total");
                spent[0] = rs.getBigDecimal("spent");
            });
        }
        return new Ledger(new PageImpl<>(entries, pageable, total[0]), spent[0]);
    }

    @Override
    public List<TeamActivity> activitiesOfPeopleUnder(String path, int limit) {
        return jdbc.query(SQL.get("activities-of-people-under"), new MapSqlParameterSource("path", path)
                .addValue("limit", limit), (rs, i) -> activity(rs));
    }

    @Override
    public List<ObjectChoice> objectsServed(long teamId) {
        return jdbc.query(SQL.get("objects-served"), new MapSqlParameterSource("team", teamId),
                (rs, i) -> new ObjectChoice(rs.getLong("id"), rs.getString("name")));
    }

    @Override
    public List<ServiceDays> serviceDays(long teamId, LocalDate first, LocalDate last) {
        return jdbc.query(SQL.get("service-days"), new MapSqlParameterSource("team", teamId)
                .addValue("first", first).addValue("last", last), (rs, i) -> new ServiceDays(rs.getLong("member_id"),
                rs.getString("name"), rs.getInt("activity_days"), rs.getInt("away_days"), rs.getInt("days")));
    }

    @Override
    public ProjectCounts projectCounts(long teamId) {
        return jdbc.queryForObject(SQL.get("linked") + "\n" + SQL.get("project-counts"), new MapSqlParameterSource("team", teamId),
                (rs, i) -> new ProjectCounts(rs.getLong("projects"), rs.getLong("demands")));
    }

    @Override
    public List<TeamProject> projectsOf(long teamId, int limit, long offset) {
        return jdbc.query(SQL.get("linked") + "\n" + SQL.get("projects-of-team"), new MapSqlParameterSource("team", teamId)
                .addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new TeamProject(rs.getLong("id"), rs.getString("name"), rs.getString("status"),
                        rs.getLong("demand_id"), rs.getString("demand_title"), rs.getString("demand_status"),
                        rs.getString("object_name"), rs.getString("group_path"), rs.getLong("object_id"), false));
    }

    @Override
    public List<TeamDemand> demandsOf(long teamId, int limit, long offset) {
        return jdbc.query(SQL.get("linked") + "\n" + SQL.get("demands-of-team"), new MapSqlParameterSource("team", teamId)
                .addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new TeamDemand(rs.getLong("id"), rs.getString("title"), rs.getString("status"),
                        rs.getString("object_name"), rs.getLong("project_id"), rs.getString("project_title"),
                        rs.getString("group_path"), rs.getLong("object_id"), false));
    }

    @Override
    public List<TeamMember> membersOf(long teamId) {
        return jdbc.query(SQL.get("members-of-team"), new MapSqlParameterSource("team", teamId),
                (rs, i) -> new TeamMember(rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"),
                        List.of((String[]) rs.getArray("homes").getArray())));
    }

    @Override
    public List<TeamTown> townsOf(long teamId) {
        return jdbc.query(SQL.get("towns-of-team"), new MapSqlParameterSource("team", teamId),
                (rs, i) -> new TeamTown(rs.getLong("id"), rs.getLong("region_id"), rs.getString("name")));
    }

    @Override
    public List<TownPick> townChoices(long teamId, String pattern, int limit) {
        return jdbc.query(SQL.get("town-choices"), new MapSqlParameterSource("team", teamId)
                .addValue("pattern", pattern).addValue("limit", limit),
                (rs, i) -> new TownPick(rs.getLong("id"), rs.getString("name"), rs.getString("county")));
    }

    private static TeamActivity activity(ResultSet rs) throws SQLException {
        return new TeamActivity(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_name"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("title"), rs.getString("status"),
                rs.getString("participants"));
    }
}
