package cn.helituan.persistence.history;

import cn.helituan.domain.history.PersonNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the accounts' display names for the user names a page shows, in one statement. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcPersonNames implements PersonNames {

    private final JdbcTemplate jdbc;

    @Override
    public Names of(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).map(u -> u.toLowerCase(Locale.ROOT))
                .distinct().toList();
        if (wanted.isEmpty()) {
            return Names.NONE;
        }
        Map<String, String> names = new HashMap<>();
        jdbc.query("select lower(username), display_name from account where lower(username) = any(?)",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, (Object) wanted.toArray(String[]::new));
        return new Names(names);
    }
}
