package cn.helituan.domain.station;

import java.time.Instant;
import java.time.LocalDate;

/** A day of a stationing's month on the sheet: what it counts as, and the check-in or request it rests on. */
public record AttendanceDay(LocalDate day, AttendanceKind kind, Long checkInId, Instant checkedAt, String doubts,
                            Long absenceId) {
}
