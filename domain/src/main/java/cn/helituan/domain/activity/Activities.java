package cn.helituan.domain.activity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The activity log's store. The lists fetch each page's group and type with it (no query per row). */
public interface Activities {

    Optional<Activity> findById(Long id);

    <S extends Activity> S save(S activity);

    /** A page of what the filter finds, latest first (by date, then the latest logged), with group and type. */
    List<Activity> find(ActivityFilter filter, long offset, int limit);

    /** How many activities the filter finds, counting no further than {@code cap}. */
    long count(ActivityFilter filter, long cap);

    /** How many activities the filter finds and their figures' totals, in one statement. */
    ActivityTotals totals(ActivityFilter filter);

    /** The activities with these ids (the ledger import's id column). */
    List<Activity> findAllByIdIn(java.util.Collection<Long> ids);

    /**
     * For the rest of the transaction, the tallies (activity_tally, V22) are not updated by each write but once, at
     * commit, from every change of the transaction (V37): a ledger import writes thousands of activities into the
     * same few tally rows, and a row updated thousands of times in one transaction makes each update walk all its
     * earlier versions.
     */
    void deferTallies();

    /** The activities a member took part in, of groups inside the prefix, latest first. */
    Page<Activity> ofMember(Long memberId, String pathPrefix, Pageable pageable);
}
