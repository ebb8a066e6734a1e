package cn.helituan.persistence.account;

import cn.helituan.domain.account.LoginFailures;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link LoginFailures} on V54's {@code login_failure}: one row a key, counted by an upsert. */
@Repository
class JdbcLoginFailures implements LoginFailures {

    private final JdbcTemplate jdbc;

    JdbcLoginFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int since(String key, Instant since) {
        Integer count = jdbc.query("select failures from login_failure where key = ? and last_failed_at >= ?",
                rs -> rs.next() ? rs.getInt(1) : 0, key, Timestamp.from(since));
        return count == null ? 0 : count;
    }

    @Override
    public int add(String key, Instant at, Instant since) {
        return jdbc.queryForObject("""
                insert into login_failure as f (key, failures, last_failed_at) values (?, 1, ?)
                on conflict (key) do update
                   set failures = case when f.last_failed_at >= ? then f.failures + 1 else 1 end,
                       last_failed_at = excluded.last_failed_at
                returning failures""", Integer.class, key, Timestamp.from(at), Timestamp.from(since));
    }

    @Override
    public void clear(String key) {
        jdbc.update("update login_failure set failures = 0 where key = ?", key);
    }
}
