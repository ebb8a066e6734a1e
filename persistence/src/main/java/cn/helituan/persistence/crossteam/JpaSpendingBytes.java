package cn.helituan.persistence.crossteam;

interface JpaSpendingBytes {

    void writeAttachment(long spendingId, byte[] content);

    byte[] attachment(long spendingId);

    void lockTeam(Long teamId);
}
