package cn.helituan.persistence.message;

import cn.helituan.domain.message.UnreadMessages;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link UnreadMessages}: the account by {@code account_username_uq}, its unread rows by {@code message_unread_idx}. */
@Repository
class JdbcUnreadMessages implements UnreadMessages {

    private static final String UNREAD = """
            select count(*) from message m
            where m.account_id = (select a.id from account a where lower(a.username) = ?) and m.read_at is null""";

    private final JdbcTemplate jdbc;

    JdbcUnreadMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long of(String username) {
        Long count = jdbc.queryForObject(UNREAD, Long.class, username.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count;
    }
}
