package cn.helituan.domain.station;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The attendance sheet, counted in the database from the check-ins and approved absences (one statement for a page
 * of a county's sheet, one for a stationing's days; the same classification of each day, so a figure and the list
 * of days it links to agree).
 */
public interface AttendanceQueries {

    /**
     * Which stationings: those whose term touches the month {@code first}…{@code last}; {@code prefix} non-null, of
     * the villages paired on {@code pairedOn} with a group under it; the others non-null narrow to one member, one
     * village, one stationing. {@code today}: days after it are not absent yet. {@code absentOnly}: only the
     * lines with an absent day (the sheet's; the days ignore it).
     */
    record Filter(LocalDate first, LocalDate last, LocalDate today, String prefix, LocalDate pairedOn, Long memberId,
                  Long objectId, Long stationingId, boolean absentOnly) {
    }

    Page<AttendanceRow> sheet(Filter filter, Pageable pageable);

    /** The sheet's figures summed over all its lines (every page). */
    AttendanceFigures totals(Filter filter);

    /** How many lines the sheet has (its pages' total). */
    long lines(Filter filter);

    /** The stationing's classified days of the month ({@code kind} null: every counted day), in order. */
    List<AttendanceDay> days(Filter filter, AttendanceKind kind);
}
