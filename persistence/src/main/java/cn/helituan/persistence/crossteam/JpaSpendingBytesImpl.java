package cn.helituan.persistence.crossteam;

import cn.helituan.domain.storage.BlobKey;
import cn.helituan.persistence.storage.StorageConfiguration.BlobStores;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attachment's bytes, kept apart from the entity: in the entry row's {@code attachment} column, or in the object
 * store when one is configured ({@link BlobStores}; an attachment not yet moved there is read from the column).
 */
class JpaSpendingBytesImpl implements JpaSpendingBytes {

    private static final String TABLE = "cross_team_spending";

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final BlobStores stores;

    JpaSpendingBytesImpl(JdbcTemplate jdbc, EntityManager em, BlobStores stores) {
        this.jdbc = jdbc;
        this.em = em;
        this.stores = stores;
    }

    @Override
    public void writeAttachment(long spendingId, byte[] content) {
        // the row first: the database store writes its column
        em.flush();
        stores.configured().put(BlobKey.attachment(TABLE, spendingId), content);
    }

    @Override
    public byte[] attachment(long spendingId) {
        return stores.get(BlobKey.attachment(TABLE, spendingId));
    }

    @Override
    public void lockTeam(Long teamId) {
        jdbc.query("select id from cross_team where id = ? for update", rs -> { }, teamId);
    }
}
