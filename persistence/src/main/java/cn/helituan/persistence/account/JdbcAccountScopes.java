package cn.helituan.persistence.account;

import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@link AccountScopes} in one statement on the unique index {@code account_username_uq} ({@code lower(username)}),
 * the name lower-cased here. Runs in the caller's transaction when there is one, else on its own (autocommit).
 */
@Repository
class JdbcAccountScopes implements AccountScopes {

    private static final String SCOPE = """
            select a.id, a.username, a.role, a.scope_unit_id, u.path, a.scope_object_id, a.member_id
            from account a left join unit u on u.id = a.scope_unit_id
            where lower(a.username) = ? and a.enabled""";

    private final JdbcTemplate jdbc;

    JdbcAccountScopes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Scope> ofEnabled(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.query(SCOPE, rs -> rs.next()
                ? new Scope(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, Long.class),
                        rs.getObject(7, Long.class))
                : null, username.toLowerCase(Locale.ROOT)));
    }
}
