package cn.helituan.domain.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The ledger import's look-ups in plain SQL: a batch's candidate activities by title key, without their entities. */
public interface LedgerLookups {

    /** An activity (not withdrawn) as a ledger row identifies it; {@code firstObjectId} null when it covers none. */
    record Candidate(long id, long groupId, LocalDate day, String title, Long firstObjectId) {
    }

    /**
     * The activities not withdrawn of these groups, on these days, whose title has one of these keys
     * ({@link LedgerTitles#key}), by id: one statement, answered by V47's index.
     */
    List<Candidate> candidates(Collection<Long> groupIds, Collection<LocalDate> days, Collection<String> titleKeys);
}
