package cn.helituan.persistence.team;

import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitRow;
import cn.helituan.persistence.common.PathRange;
import cn.helituan.persistence.common.SqlFiles;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The tree's nodes and their subtrees' counts in one statement ({@code sql/team/unit-tree.sql}). */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaUnitTreeImpl implements JpaUnitTree {

    private static final String NODES = SqlFiles.read("sql/team/unit-tree.sql");

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<UnitRow> nodes(String pathPrefix, int maxDepth) {
        // every path starts with '/': the whole deployment is the range ['/', '0')
        String prefix = pathPrefix == null || pathPrefix.isEmpty() ? "/" : pathPrefix;
        String prefixEnd = PathRange.end(prefix);
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", prefix)
                .addValue("prefixEnd", prefixEnd)
                .addValue("maxDepth", maxDepth);
        return jdbc.query(NODES, params, (rs, n) -> new UnitRow(rs.getLong("id"),
                rs.getObject("parent_id", Long.class), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("local_name"),
                rs.getString("field") == null ? null : UnitField.valueOf(rs.getString("field")), rs.getString("path"),
                rs.getLong("groups"), rs.getLong("people"), rs.getLong("placements"),
                rs.getBoolean("has_children")));
    }
}
