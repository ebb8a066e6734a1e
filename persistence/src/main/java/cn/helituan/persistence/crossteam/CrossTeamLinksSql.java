package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.CrossTeamLinks;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CrossTeamLinksSql implements CrossTeamLinks {

    private final JdbcTemplate jdbc;

    @Override
    public boolean isTeamActivity(Long teamId, Long activityId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from activity where id = ? and cross_team_id = ? and status <> 'WITHDRAWN')""",
                Boolean.class, activityId, teamId));
    }

    @Override
    public boolean projectExists(Long projectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from project where id = ?)",
                Boolean.class, projectId));
    }
}
