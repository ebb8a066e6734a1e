package cn.helituan.domain.notification;

import cn.helituan.domain.activity.Figure;
import java.util.Arrays;
import java.util.List;

/**
 * What the monthly ranking weighs: the confirmed activities and the confirmed outcome figures a notification shows.
 * {@link #figure} is null for the activities' count.
 */
public enum RankingFactor {
    ACTIVITIES(null),
    FUNDS_SECURED(Figure.FUNDS_SECURED),
    PROJECTS_INTRODUCED(Figure.PROJECTS_INTRODUCED),
    TECHNOLOGIES_PROMOTED(Figure.TECHNOLOGIES_PROMOTED),
    PEOPLE_TRAINED(Figure.PEOPLE_TRAINED),
    BENEFICIARIES(Figure.BENEFICIARIES),
    PEOPLE_EMPLOYED(Figure.PEOPLE_EMPLOYED),
    PRODUCE_SOLD(Figure.PRODUCE_SOLD);

    private final Figure figure;

    RankingFactor(Figure figure) {
        this.figure = figure;
    }

    public Figure figure() {
        return figure;
    }

    /** The factors that are outcome figures (all but the activities' count), in their order. */
    public static List<RankingFactor> results() {
        return Arrays.stream(values()).filter(f -> f.figure != null).toList();
    }
}
