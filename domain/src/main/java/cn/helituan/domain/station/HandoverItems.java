package cn.helituan.domain.station;

import java.time.LocalDate;
import java.util.List;

/**
 * What a later feature has open in a village, for a handover record: demands and projects (demand), the year's plan
 * tasks (plan). Owned here, implemented there, so that {@code station} stays below them.
 */
public interface HandoverItems {

    /** The open records of the object on the day, one line per kind, in the feature's order. */
    List<HandoverItem> open(long objectId, LocalDate day);
}
