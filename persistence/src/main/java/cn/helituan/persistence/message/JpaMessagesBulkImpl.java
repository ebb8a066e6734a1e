package cn.helituan.persistence.message;

import cn.helituan.domain.message.Message;
import java.sql.PreparedStatement;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One {@code insert … select from unnest(…)} for any number of messages: the arrays of accounts, kinds, links and
 * times (ISO-8601 instants), and each message's arguments joined by U+001F (split back into its text[]), in the writing transaction.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaMessagesBulkImpl implements JpaMessagesBulk {

    private static final String SQL = """
            insert into message (account_id, kind, args, link, created_at)
            select d.account_id, d.kind, string_to_array(d.args, chr(31)), d.link, d.created_at::timestamptz
            from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as d(account_id, kind, args, link, created_at)""";

    private final JdbcTemplate jdbc;

    @Override
    public void insertAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int n = messages.size();
        Long[] accounts = new Long[n];
        String[] kinds = new String[n];
        String[] args = new String[n];
        String[] links = new String[n];
        String[] at = new String[n];
        for (int i = 0; i < n; i++) {
            Message m = messages.get(i);
            accounts[i] = m.getAccountId();
            kinds[i] = m.getKind();
            args[i] = cn.helituan.domain.message.MessageArgs.joined(m.getArgs());
            links[i] = m.getLink();
            at[i] = m.getCreatedAt().toString();
        }
        jdbc.execute((ConnectionCallback<Integer>) con -> {
            try (PreparedStatement ps = con.prepareStatement(SQL)) {
                ps.setArray(1, con.createArrayOf("bigint", accounts));
                ps.setArray(2, con.createArrayOf("text", kinds));
                ps.setArray(3, con.createArrayOf("text", args));
                ps.setArray(4, con.createArrayOf("text", links));
                ps.setArray(5, con.createArrayOf("text", at));
                return ps.executeUpdate();
            }
        });
    }
}
