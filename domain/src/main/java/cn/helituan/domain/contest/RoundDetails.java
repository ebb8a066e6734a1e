package cn.helituan.domain.contest;

import java.math.BigDecimal;
import java.util.List;

/** What the round's form says: level, period, organising unit, themes, scale and the scoring criteria. */
public record RoundDetails(ContestLevel level, int year, int quarter, long unitId, String title, String theme,
                           String secondTheme, int scaleMax, List<Criterion> criteria) {

    /** A criterion as the form gives it: its name, weight, and whether its weighted score is taken off. */
    public record Criterion(String name, BigDecimal weight, boolean deduction) {
    }

    /** 特色亮点, 工作成效, 存在问题 (taken off), 群众评价: a full score of 100 on the scale of 10. */
    public static List<Criterion> defaultCriteria() {
        return List.of(new Criterion("特色亮点", new BigDecimal("3"), false),
                new Criterion("工作成效", new BigDecimal("4"), false),
                new Criterion("存在问题", new BigDecimal("1"), true),
                new Criterion("群众评价", new BigDecimal("3"), false));
    }
}
