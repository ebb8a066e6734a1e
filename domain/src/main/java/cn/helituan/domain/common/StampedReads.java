package cn.helituan.domain.common;

import java.util.List;
import java.util.function.Supplier;

/**
 * A value computed from the database, kept while nothing it reads is written: the tables a stamp names raise its
 * counters in the same transaction as every write (V93's {@code todo_stamp}, V103's stamps), the sum of the stamps is
 * read first, and the value kept under that very sum is answered — no write it depends on has committed since, so it
 * is what computing it now would give. Any such write raises the sum, and the next reader computes the value again.
 * Nothing is kept by time. A transaction that has written computes afresh and keeps nothing (its own uncommitted
 * raises are in the sum it sees). For a value every reader of the same scope and period reads on each request (the
 * dashboard's live figures, issue 25), not for one read once.
 */
public interface StampedReads {

    /**
     * The value kept for {@code key} under the stamps' present sum, else {@code compute}'s, kept with it. The stamps
     * must cover every table {@code compute} reads; the key must hold everything else it depends on (the reader's
     * scope, the period, the day), and the caller checks the reader may read it before asking. Call inside the
     * transaction {@code compute} reads in, so that the sum and the value come from the same database.
     */
    <T> T get(List<String> stamps, Object key, Supplier<T> compute);

    /** Keeps nothing: computes on every call (a unit test's, with no database to count writes). */
    static StampedReads none() {
        return new StampedReads() {
            @Override
            public <T> T get(List<String> stamps, Object key, Supplier<T> compute) {
                return compute.get();
            }
        };
    }
}
