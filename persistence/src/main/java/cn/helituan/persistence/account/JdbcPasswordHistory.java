package cn.helituan.persistence.account;

import cn.helituan.domain.account.PasswordHistory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link PasswordHistory} on V54's {@code password_history}. */
@Repository
class JdbcPasswordHistory implements PasswordHistory {

    private final JdbcTemplate jdbc;

    JdbcPasswordHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(long accountId, String passwordHash, Instant replacedAt) {
        jdbc.update("insert into password_history (account_id, password_hash, replaced_at) values (?, ?, ?)",
                accountId, passwordHash, Timestamp.from(replacedAt));
    }

    @Override
    public List<String> recent(long accountId, int count) {
        return jdbc.queryForList("select password_hash from password_history where account_id = ? order by id desc"
                + " limit ?", String.class, accountId, count);
    }
}
