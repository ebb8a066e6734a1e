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
 */
public enum Indicator implements Measure {
    TASKS(Kind.RATIO, 20),
    KEY_TASKS(Kind.RATIO, 15),
    CONFIRMED_SHARE(Kind.RATIO, 10),
    FUNDS_SECURED(Kind.AMOUNT, 10),
    PROJECTS_INTRODUCED(Kind.AMOUNT, 5),
    TRAININGS_HELD(Kind.AMOUNT, 5),
    PEOPLE_TRAINED(Kind.AMOUNT, 5),
    BENEFICIARIES(Kind.AMOUNT, 5),
    PEOPLE_EMPLOYED(Kind.AMOUNT, 5),
    DEMANDS_RESOLVED(Kind.RATIO, 10),
    OVERDUE(Kind.PENALTY, 5),
    DISPUTED(Kind.PENALTY, 5);

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

    /** "TASKS:20,KEY_TASKS:15,…", as a round keeps them. */
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
