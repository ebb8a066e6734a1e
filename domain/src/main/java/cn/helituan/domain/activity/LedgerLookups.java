package cn.helituan.domain.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The ledger import's look-ups in plain SQL: a batch's candidate activities by title key, without their entities. */
public interface LedgerLookups {

    /** What a ledger row without id is looked up by: its group, day and title key ({@link LedgerTitles#key}). */
    record Key(long groupId, LocalDate day, String titleKey) {
    }

    /** An activity (not withdrawn) as a ledger row identifies it; {@code firstObjectId} null when it covers none. */
    record Candidate(long id, long groupId, LocalDate day, String title, Long firstObjectId) {
    }

    /**
     * The activities not withdrawn with one of these keys (group, day and title key), by id: one statement for a
     * batch, each key one probe of V47's index.
     */
    List<Candidate> candidates(Collection<Key> keys);
}
