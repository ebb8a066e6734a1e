package cn.helituan.persistence.audit;

import cn.helituan.domain.audit.ExpiredSessions;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Spring Session's rows ({@code spring_session}, V65; their attributes go with them by the foreign key). */
@Repository
@RequiredArgsConstructor
class JdbcExpiredSessions implements ExpiredSessions {

    private final JdbcTemplate jdbc;

    @Override
    public List<String> remove(Instant before) {
        return jdbc.queryForList("delete from spring_session where expiry_time < ? returning principal_name",
                String.class, before.toEpochMilli());
    }
}
