package cn.helituan.persistence.account;

import cn.helituan.domain.account.RecoveryCodes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link RecoveryCodes} on V70's {@code recovery_code}. */
@Repository
class JdbcRecoveryCodes implements RecoveryCodes {

    private final JdbcTemplate jdbc;

    JdbcRecoveryCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(long accountId, List<String> codeHashes, Instant at) {
        retire(accountId, at);
        jdbc.batchUpdate("insert into recovery_code (account_id, code_hash, created_at) values (?, ?, ?)",
                codeHashes, codeHashes.size(), (statement, hash) -> {
                    statement.setLong(1, accountId);
                    statement.setString(2, hash);
                    statement.setTimestamp(3, Timestamp.from(at));
                });
    }

    @Override
    public boolean use(long accountId, String codeHash, Instant at) {
        return jdbc.update("update recovery_code set used_at = ? where account_id = ? and code_hash = ?"
                + " and used_at is null and replaced_at is null", Timestamp.from(at), accountId, codeHash) > 0;
    }

    @Override
    public void retire(long accountId, Instant at) {
        jdbc.update("update recovery_code set replaced_at = ? where account_id = ? and used_at is null"
                + " and replaced_at is null", Timestamp.from(at), accountId);
    }

    @Override
    public int unused(long accountId) {
        Integer count = jdbc.queryForObject("select count(*) from recovery_code where account_id = ?"
                + " and used_at is null and replaced_at is null", Integer.class, accountId);
        return count == null ? 0 : count;
    }
}
