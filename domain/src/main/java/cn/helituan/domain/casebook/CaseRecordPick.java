package cn.helituan.domain.casebook;

import java.time.LocalDate;

/** A record an author may cite, as the figure picker lists it: its id, title, group or village, and day. */
public record CaseRecordPick(long id, String title, String place, LocalDate day) {
}
