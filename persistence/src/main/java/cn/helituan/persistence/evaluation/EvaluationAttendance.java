package cn.helituan.persistence.evaluation;

import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.evaluation.CadreOversight;
import cn.helituan.domain.station.AttendanceFigures;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stationed cadres' attendance in a round ({@code sql/evaluation/attendance.sql}): the attendance sheet's
 * classification of days ({@code sql/station/attendance.sql}, part {@code classified}) over the round's year, for the
 * villages paired with the round's groups (or one group's), summed per group or per cadre.
 */
@Component
class EvaluationAttendance {

    /** A group's days that count, days due and doubtful days. */
    record Days(long counted, long due, long doubtful) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String groups;
    private final String cadres;

    EvaluationAttendance(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String classified = SqlFiles.parts("sql/station/attendance.sql").get("classified");
        Map<String, String> parts = SqlFiles.parts("sql/evaluation/attendance.sql");
        this.groups = classified + "\n" + parts.get("paired") + "\n" + parts.get("groups");
        this.cadres = classified + "\n" + parts.get("paired") + "\n" + parts.get("cadres");
    }

    /** Each group of the round with a stationed cadre's day in the year. */
    Map<Long, Days> ofGroups(long roundId, int year, LocalDate today) {
        String prefix = jdbc.queryForObject("""
                select coalesce(u.path, '') from evaluation_round r left join unit u on u.id = r.scope_unit_id
                where r.id = :round""", new MapSqlParameterSource("round", roundId), String.class);
        Map<Long, Days> days = new HashMap<>();
        jdbc.query(groups, params(roundId, null, prefix, year, today), rs -> {
            days.put(rs.getLong("group_id"), new Days(rs.getLong("counted"), rs.getLong("due"),
                    rs.getLong("doubtful")));
        });
        return days;
    }

    List<CadreOversight> ofGroup(long roundId, long groupId, int year, LocalDate asOf, LocalDate today) {
        String path = jdbc.queryForObject("select path from unit where id = :group",
                new MapSqlParameterSource("group", groupId), String.class);
        MapSqlParameterSource params = params(roundId, groupId, path, year, today)
                .addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year, 12, 31))).addValue("asOf", Date.valueOf(asOf));
        return jdbc.query(cadres, params, (rs, n) -> new CadreOversight(rs.getLong("stationing_id"),
                rs.getLong("object_id"), rs.getString("object_name"), rs.getLong("member_id"),
                rs.getString("member_name"), StationRole.valueOf(rs.getString("role")),
                new AttendanceFigures(rs.getInt("present"), rs.getInt("doubtful"), rs.getInt("away"),
                        rs.getInt("on_leave"), rs.getInt("absent")),
                rs.getLong("findings"), rs.getLong("due"), rs.getLong("on_time")));
    }

    /**
     * classified's parameters for the year: the villages paired with a group under the prefix at some time in it;
     * a working day is absent once over on {@code today}, every day of a year that is over.
     */
    private static MapSqlParameterSource params(long roundId, Long groupId, String prefix, int year,
                                                LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate over = today.isAfter(last) ? last.plusDays(1) : today;
        return new MapSqlParameterSource("round", roundId)
                .addValue("anyGroup", groupId == null).addValue("group", groupId == null ? -1L : groupId)
                .addValue("first", Date.valueOf(first)).addValue("last", Date.valueOf(last))
                .addValue("today", Date.valueOf(over))
                .addValue("everywhere", prefix.isEmpty()).addValue("prefix", prefix)
                .addValue("pairedOn", Date.valueOf(first)).addValue("pairedTo", Date.valueOf(last))
                .addValue("anyMember", true).addValue("memberId", -1L)
                .addValue("anyObject", true).addValue("objectId", -1L)
                .addValue("anyStationing", true).addValue("stationingId", -1L);
    }
}
