package cn.helituan.persistence.station;

import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.station.AttendanceDay;
import cn.helituan.domain.station.AttendanceFigures;
import cn.helituan.domain.station.AttendanceKind;
import cn.helituan.domain.station.AttendanceQueries;
import cn.helituan.domain.station.AttendanceRow;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The attendance sheet's statements ({@code sql/station/attendance.sql}): a page of the sheet, a stationing's days. */
@Repository
class JdbcAttendanceQueries implements AttendanceQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sheet;
    private final String days;
    private final String totals;
    private final AttendanceFigureCache cache;

    JdbcAttendanceQueries(JdbcTemplate template, AttendanceFigureCache cache) {
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.cache = cache;
        Map<String, String> parts = SqlFiles.parts("sql/station/attendance.sql");
        this.sheet = parts.get("classified") + "\n" + parts.get("sheet");
        this.days = parts.get("classified") + "\n" + parts.get("days");
        this.totals = parts.get("classified") + "\n" + parts.get("totals");
    }

    @Override
    public Page<AttendanceRow> sheet(Filter filter, Pageable pageable) {
        MapSqlParameterSource params = params(filter).addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        long[] total = {0};
        List<AttendanceRow> rows = new ArrayList<>(jdbc.query(sheet, params, (rs, n) -> {
            total[0] = rs.getLong("total");
            Timestamp approvedAt = rs.getTimestamp("approved_at");
            return new AttendanceRow(rs.getLong("stationing_id"), rs.getLong("object_id"),
                    rs.getString("object_name"), rs.getLong("member_id"), rs.getString("member_name"),
                    StationRole.valueOf(rs.getString("role")), rs.getBigDecimal("subsidy_per_day"),
                    new AttendanceFigures(rs.getInt("present"), rs.getInt("doubtful"), rs.getInt("away"),
                            rs.getInt("on_leave"), rs.getInt("absent")),
                    rs.getString("approved_by"), approvedAt == null ? null : approvedAt.toInstant(),
                    rs.getString("approved_figures"), rs.getString("village_figures"));
        }));
        if (rows.isEmpty() && pageable.getOffset() > 0) {
            // past the last page: count what there is without its rows
            total[0] = jdbc.queryForObject("select count(*) from (" + sheet.replace("limit :limit offset :offset",
                    "") + ") x", params, Long.class);
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    /** Kept while no check-in, absence, stationing, pairing or move of the tree happens ({@link AttendanceFigureCache}). */
    @Override
    public AttendanceFigures totals(Filter filter) {
        return cache.get(List.of("totals", filter), () -> jdbc.queryForObject(totals, params(filter),
                (rs, n) -> new AttendanceFigures(rs.getInt("present"), rs.getInt("doubtful"), rs.getInt("away"),
                        rs.getInt("on_leave"), rs.getInt("absent"))));
    }

    /** The sheet's count of lines, kept as {@link #totals} is. */
    @Override
    public long lines(Filter filter) {
        return cache.get(List.of("lines", filter), () -> jdbc.queryForObject("select count(*) from ("
                + sheet.replace("limit :limit offset :offset", "") + ") x", params(filter), Long.class));
    }

    @Override
    public List<AttendanceDay> days(Filter filter, AttendanceKind kind) {
        MapSqlParameterSource params = params(filter).addValue("anyKind", kind == null)
                .addValue("kind", kind == null ? "" : kind.name());
        return jdbc.query(days, params, (rs, n) -> {
            Timestamp at = rs.getTimestamp("checked_at");
            long checkIn = rs.getLong("checkin_id");
            Long checkInId = rs.wasNull() ? null : checkIn;
            long absence = rs.getLong("absence_id");
            Long absenceId = rs.wasNull() ? null : absence;
            return new AttendanceDay(rs.getDate("day").toLocalDate(), AttendanceKind.valueOf(rs.getString("kind")),
                    checkInId, at == null ? null : at.toInstant(), rs.getString("doubts"), absenceId);
        });
    }

    private static MapSqlParameterSource params(Filter f) {
        return new MapSqlParameterSource()
                .addValue("first", f.first()).addValue("last", f.last()).addValue("today", f.today())
                .addValue("everywhere", f.prefix() == null).addValue("prefix", f.prefix() == null ? "" : f.prefix())
                .addValue("pairedOn", f.pairedOn()).addValue("pairedTo", f.pairedOn())
                .addValue("anyMember", f.memberId() == null).addValue("memberId", f.memberId() == null ? -1L
                        : f.memberId())
                .addValue("anyObject", f.objectId() == null).addValue("objectId", f.objectId() == null ? -1L
                        : f.objectId())
                .addValue("anyStationing", f.stationingId() == null)
                .addValue("stationingId", f.stationingId() == null ? -1L : f.stationingId())
                .addValue("anyAbsence", !f.absentOnly());
    }
}
