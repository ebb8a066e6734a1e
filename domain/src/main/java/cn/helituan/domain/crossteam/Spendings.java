package cn.helituan.domain.crossteam;

import java.util.List;
import java.util.Optional;

public interface Spendings {

    <S extends Spending> S save(S spending);

    Optional<Spending> findById(Long id);

    /** The team's entries by day, cancelled ones included (they show struck out and do not count). */
    List<Spending> ofTeam(Long teamId);

    void writeAttachment(long spendingId, byte[] content);

    byte[] attachment(long spendingId);

    /** Takes the team's row lock, so that two entries at once are checked against the balance one after the other. */
    void lockTeam(Long teamId);
}
