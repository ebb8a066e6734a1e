package cn.helituan.domain.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings list's filters: the states (empty: any), overdue only, one group's (null: any in the scope), found
 * from and to (null: open-ended; the evaluation's figures link to a group's year).
 */
public record FindingQuery(List<FindingStatus> statuses, boolean overdue, Long unitId, LocalDate from,
                           LocalDate to) {

    /** The bounds an open-ended day range is read with (a finding's day lies between them). */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
}
