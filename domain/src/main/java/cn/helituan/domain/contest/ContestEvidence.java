package cn.helituan.domain.contest;

import java.time.LocalDate;
import java.util.List;

/** What the record holds for a stop's village in the round's quarter: its activities and its projects. */
public interface ContestEvidence {

    /** An activity or a project: its title, its day (an activity's, a project's start) and the group's name. */
    record Line(long id, String title, LocalDate on, String groupName) {
    }

    /** The village's activities in the period (not withdrawn), newest first, at most {@code limit}. */
    List<Line> activities(long objectId, LocalDate from, LocalDate to, int limit);

    /** The projects on the village's demands running in the period, at most {@code limit}. */
    List<Line> projects(long objectId, LocalDate from, LocalDate to, int limit);
}
