package cn.helituan.persistence.crossteam;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

/** The attachment's bytes, a column of the entry's row the entity does not map (read and written apart). */
class JpaSpendingBytesImpl implements JpaSpendingBytes {

    private final JdbcTemplate jdbc;
    private final EntityManager em;

    JpaSpendingBytesImpl(JdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    @Override
    public void writeAttachment(long spendingId, byte[] content) {
        em.flush();
        jdbc.update("update cross_team_spending set attachment = ? where id = ?", content, spendingId);
    }

    @Override
    public byte[] attachment(long spendingId) {
        return jdbc.queryForObject("select attachment from cross_team_spending where id = ?", byte[].class,
                spendingId);
    }

    @Override
    public void lockTeam(Long teamId) {
        jdbc.query("select id from cross_team where id = ? for update", rs -> { }, teamId);
    }
}
