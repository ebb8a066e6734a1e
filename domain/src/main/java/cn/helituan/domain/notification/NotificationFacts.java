package cn.helituan.domain.notification;

import cn.helituan.domain.activity.Figure;
import java.time.YearMonth;
import java.util.List;

/** What a notification is made of, read from the tallies and the activities; implemented in the persistence module. */
public interface NotificationFacts {

    /**
     * The units of a kind under the path ("" for all) with their month, in the tree's order: every live one, and an
     * archived one that logged something that month.
     */
    List<UnitMonth> units(String pathFilter, String kind, YearMonth month);

    /**
     * The month's activities under the path counted at a unit that is not a group — a cross-town service team's
     * (docs/architecture.md, "Cross-town service teams") — as {reported, confirmed}: in no line, once in the total.
     */
    long[] outsideGroups(String pathFilter, YearMonth month);

    /** The month's largest values of a figure in the path (activities not withdrawn), largest first. */
    List<Highlight> largest(String pathFilter, YearMonth month, Figure figure, int limit);
}
