package cn.helituan.persistence.station;

import cn.helituan.domain.assisted.CadreProfile;
import cn.helituan.domain.station.CadreSuggestion;
import cn.helituan.domain.station.CadreSuggestions;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stationing form's suggestions ({@code sql/station/suggestions.sql}): one statement. */
@Repository
class JdbcCadreSuggestions implements CadreSuggestions {

    private static final String SQL = SqlFiles.read("sql/station/suggestions.sql");

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCadreSuggestions(JdbcTemplate template) {
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    @Override
    public List<CadreSuggestion> fitting(Set<CadreProfile> profiles, String pathPrefix, LocalDate day, int most) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("party", profiles.contains(CadreProfile.PARTY_AFFAIRS))
                .addValue("economic", profiles.contains(CadreProfile.ECONOMIC))
                .addValue("legal", profiles.contains(CadreProfile.LEGAL))
                .addValue("science", profiles.contains(CadreProfile.SCIENCE))
                .addValue("everywhere", pathPrefix == null)
                .addValue("prefix", pathPrefix == null ? "" : pathPrefix + "%")
                .addValue("today", Date.valueOf(day)).addValue("limit", most);
        return jdbc.query(SQL, params, (rs, n) -> {
            Set<CadreProfile> fits = EnumSet.noneOf(CadreProfile.class);
            String[] columns = {"party_affairs", "economic", "legal", "science"};
            for (int i = 0; i < columns.length; i++) {
                if (rs.getBoolean(columns[i])) {
                    fits.add(CadreProfile.values()[i]);
                }
            }
            return new CadreSuggestion(rs.getLong("id"), rs.getString("name"), rs.getString("work_unit"),
                    rs.getString("post"), rs.getString("mobile"), java.util.Collections.unmodifiableSet(fits));
        });
    }
}
