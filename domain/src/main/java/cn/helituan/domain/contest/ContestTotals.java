package cn.helituan.domain.contest;

import java.util.List;

/**
 * What a list of rounds adds up to, per level and in all: rounds, their stops and the attendance recorded
 * (观摩人次). The round list shows it above its rows and the dashboard shows it linking to that list, so the two agree.
 */
public record ContestTotals(List<Line> lines) {

    /** One level's sums (every level is present, zeros included). */
    public record Line(ContestLevel level, long rounds, long stops, long attendance) {
    }

    public Line of(ContestLevel level) {
        return lines.stream().filter(l -> l.level() == level).findFirst().orElseThrow();
    }

    public long rounds() {
        return lines.stream().mapToLong(Line::rounds).sum();
    }

    public long stops() {
        return lines.stream().mapToLong(Line::stops).sum();
    }

    public long attendance() {
        return lines.stream().mapToLong(Line::attendance).sum();
    }
}
