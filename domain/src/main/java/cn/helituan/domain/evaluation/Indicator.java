package cn.helituan.domain.evaluation;

import cn.helituan.domain.common.Measure;
import java.util.EnumMap;
import java.util.Map;

/**
 * The indicators of a group's year, each with its kind and default weight (docs/evaluation.md):
 * <ul>
 *   <li>RATIO — a share between 0 and 1 taken as it is (tasks done ÷ planned, confirmed ÷ reported activities, demands
 *       resolved ÷ received);</li>
 *   <li>AMOUNT — a confirmed result, taken as a share of the round's largest;</li>
 *   <li>PENALTY — a count of things gone wrong, taken as 1 − its share of the round's largest.</li>
 * </ul>
 * The last four come from the villages' stationed cadres (attendance: the days that count ÷ the days due, as the
 * monthly sheets count them; the doubtful check-in days) and from supervision (the group's findings of the year; the
 * share of those due that were rectified by their deadline). The defaults keep the first twelve's proportions (each
 * four fifths of what it was) and give these four the remaining fifth: a group with no stationed cadre and no
 * inspection scores as before.
 */
public enum Indicator implements Measure {
    TASKS(Kind.RATIO, 16),
    KEY_TASKS(Kind.RATIO, 12),
    CONFIRMED_SHARE(Kind.RATIO, 8),
    FUNDS_SECURED(Kind.AMOUNT, 8),
    PROJECTS_INTRODUCED(Kind.AMOUNT, 4),
    TRAININGS_HELD(Kind.AMOUNT, 4),
    PEOPLE_TRAINED(Kind.AMOUNT, 4),
    BENEFICIARIES(Kind.AMOUNT, 4),
    PEOPLE_EMPLOYED(Kind.AMOUNT, 4),
    DEMANDS_RESOLVED(Kind.RATIO, 8),
    OVERDUE(Kind.PENALTY, 4),
    DISPUTED(Kind.PENALTY, 4),
    ATTENDANCE(Kind.RATIO, 8),
    DOUBTFUL_CHECKINS(Kind.PENALTY, 4),
    FINDINGS(Kind.PENALTY, 4),
    RECTIFIED_ON_TIME(Kind.RATIO, 4);

    public enum Kind {
        RATIO,
        AMOUNT,
        PENALTY
    }

    private final Kind kind;
    private final int defaultWeight;

    Indicator(Kind kind, int defaultWeight) {
        this.kind = kind;
        this.defaultWeight = defaultWeight;
    }

    /** Funds are money; the other amounts and the penalties are counts. */
    @Override
    public boolean isMoney() {
        return this == FUNDS_SECURED;
    }

    @Override
    public boolean isRatio() {
        return kind == Kind.RATIO;
    }

    public Kind kind() {
        return kind;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public static Map<Indicator, Integer> defaultWeights() {
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (Indicator i : values()) {
            weights.put(i, i.defaultWeight);
        }
        return weights;
    }

    /** "TASKS:16,KEY_TASKS:12,…", as a round keeps them. */
    public static String write(Map<Indicator, Integer> weights) {
        StringBuilder text = new StringBuilder();
        for (Indicator i : values()) {
            text.append(text.isEmpty() ? "" : ",").append(i.name()).append(':').append(weights.getOrDefault(i, 0));
        }
        return text.toString();
    }

    public static Map<Indicator, Integer> read(String text) {
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (Indicator i : values()) {
            weights.put(i, 0);
        }
        for (String part : text.split(",")) {
            String[] kv = part.split(":");
            weights.put(Indicator.valueOf(kv[0]), Integer.parseInt(kv[1]));
        }
        return weights;
    }
}
