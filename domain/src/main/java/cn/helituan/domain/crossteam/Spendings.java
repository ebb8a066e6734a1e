package cn.helituan.domain.crossteam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface Spendings {

    <S extends Spending> S save(S spending);

    Optional<Spending> findById(Long id);

    /** The team's entries by day, cancelled ones included (they show struck out and do not count). */
    List<Spending> ofTeam(Long teamId);

    /** A page of the team's entries, the newest first (by day, then by when they were written). */
    Page<Spending> pageOfTeam(Long teamId, Pageable pageable);

    /** What the team's entries not cancelled add up to (zero without any), as {@link BudgetLedger#of} counts. */
    BigDecimal spentOf(Long teamId);

    void writeAttachment(long spendingId, byte[] content);

    byte[] attachment(long spendingId);

    /** Takes the team's row lock, so that two entries at once are checked against the balance one after the other. */
    void lockTeam(Long teamId);
}
