package cn.helituan.persistence.message;

import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageDelivery;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes an audience's messages in one {@code INSERT … SELECT} ({@code sql/message/deliver.sql}): the parts of the
 * audience that are given, each a set of account ids found on the account's indexes, joined by "union". The
 * arguments travel as one text split in the statement by a control character no name or title holds.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcMessageDelivery implements MessageDelivery {

    private static final String SEPARATOR = "\u001f";
    private static final Map<String, String> PARTS = SqlFiles.parts("sql/message/deliver.sql");

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public int deliver(Audience audience, String kind, List<String> args, String link, Instant at,
                       Long announcementId) {
        MapSqlParameterSource params = new MapSqlParameterSource("kind", kind)
                .addValue("args", cn.helituan.domain.message.MessageArgs.joined(args)).addValue("separator", SEPARATOR)
                .addValue("link", link).addValue("at", Timestamp.from(at))
                .addValue("announcement", announcementId, java.sql.Types.BIGINT)
                .addValue("except", audience.except());
        List<String> where = new ArrayList<>();
        if (audience.username() != null) {
            where.add(PARTS.get("user"));
            params.addValue("username", audience.username());
        }
        if (audience.unitId() != null && !audience.unitRoles().isEmpty()) {
            where.add(PARTS.get("unit"));
            params.addValue("unit", audience.unitId())
                    .addValue("unitRoles", audience.unitRoles().stream().map(Enum::name).toList());
        }
        if (audience.above() != null) {
            where.add(PARTS.get("above"));
            params.addValue("above", audience.above());
        }
        if (audience.objectId() != null) {
            where.add(PARTS.get("object"));
            params.addValue("object", audience.objectId());
        }
        if (audience.under() != null && !audience.underRoles().isEmpty()) {
            // the whole deployment: every account of the roles, first secretaries (no unit) included
            where.add(PARTS.get(audience.under().isEmpty() ? "all" : "under"));
            params.addValue("underLike", audience.under() + "%")
                    .addValue("underRoles", audience.underRoles().stream().map(Enum::name).toList());
        }
        if (audience.pairedUnder() != null) {
            where.add(PARTS.get("paired"));
            params.addValue("pairedLike", audience.pairedUnder() + "%").addValue("on", Date.valueOf(audience.on()));
        }
        if (where.isEmpty()) {
            return 0;
        }
        String sql = PARTS.get("head") + "\n" + String.join("\nunion\n", where) + "\n" + PARTS.get("end");
        return jdbc.update(sql, params);
    }
}
