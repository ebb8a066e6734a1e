package cn.helituan.persistence.casebook;

import cn.helituan.domain.casebook.CaseMeasure;
import cn.helituan.domain.casebook.CaseRecordPick;
import cn.helituan.persistence.common.SqlFiles;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class JpaCaseFigureValuesImpl implements JpaCaseFigureValues {

    private static final Map<String, String> SQL = SqlFiles.parts("sql/casebook/figures.sql");
    private static final Map<String, String> PICK = SqlFiles.parts("sql/casebook/records.sql");

    private final NamedParameterJdbcTemplate jdbc;
    /** The deployment's time zone: a demand's day is the day it was raised there. */
    private final String zone;

    JpaCaseFigureValuesImpl(NamedParameterJdbcTemplate jdbc,
                            @Value("${helituan.time-zone:Asia/Shanghai}") String zone) {
        this.zone = zone;
        this.jdbc = jdbc;
    }

    private record Now(BigDecimal value, String title) {
    }

    private Optional<Now> one(CaseMeasure measure, long recordId) {
        List<Now> rows = jdbc.query(SQL.get("one"), Map.of("measure", measure.name(), "record", recordId),
                (rs, n) -> new Now(rs.getBigDecimal("now"), rs.getString("title")));
        return rows.stream().findFirst();
    }

    @Override
    public Optional<BigDecimal> current(CaseMeasure measure, long recordId) {
        return one(measure, recordId).map(Now::value);
    }

    @Override
    public Optional<String> titleOf(CaseMeasure measure, long recordId) {
        return one(measure, recordId).map(Now::title);
    }

    @Override
    public Map<Long, BigDecimal> currentOf(long caseId) {
        Map<Long, BigDecimal> values = new HashMap<>();
        jdbc.query(SQL.get("of-case"), Map.of("case", caseId), rs -> {
            values.put(rs.getLong("id"), rs.getBoolean("present") ? rs.getBigDecimal("now") : null);
        });
        return values;
    }

    @Override
    public boolean inScope(CaseMeasure measure, long recordId, String pathPrefix) {
        Boolean found = jdbc.queryForObject(SQL.get("in-scope"), Map.of("kind", measure.kind().name(),
                "record", recordId, "prefix", pathPrefix + "%"), Boolean.class);
        return Boolean.TRUE.equals(found);
    }

    @Override
    public List<CaseRecordPick> pick(CaseMeasure.RecordKind kind, String pathPrefix, String pattern, int limit) {
        return jdbc.query(PICK.get(kind.name()), Map.of("prefix", pathPrefix + "%", "text", pattern, "limit", limit, "zone", zone),
                (rs, n) -> new CaseRecordPick(rs.getLong("id"), rs.getString("title"), rs.getString("place"),
                        rs.getObject("day", java.time.LocalDate.class)));
    }
}
