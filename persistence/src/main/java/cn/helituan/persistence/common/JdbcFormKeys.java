package cn.helituan.persistence.common;

import cn.helituan.domain.common.FormKeys;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code form_key} (V31): the claim is an insert that does nothing on a taken key, so it waits for a running one. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcFormKeys implements FormKeys {

    private final JdbcTemplate jdbc;

    @Override
    public boolean claim(UUID key, long accountId, String form) {
        return jdbc.update("insert into form_key (form_key, account_id, form, created_at) values (?, ?, ?, now())"
                + " on conflict (form_key) do nothing", key, accountId, form) == 1;
    }

    @Override
    public void settle(UUID key, long recordId) {
        jdbc.update("update form_key set record_id = ? where form_key = ?", recordId, key);
    }

    @Override
    public Optional<ClaimedKey> find(UUID key) {
        return jdbc.query("select account_id, form, record_id from form_key where form_key = ?",
                (rs, n) -> new ClaimedKey(key, rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class)),
                key).stream().findFirst();
    }
}
