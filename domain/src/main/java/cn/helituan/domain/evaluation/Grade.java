package cn.helituan.domain.evaluation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The grades of the annual evaluation, best first: 优秀 / 合格 / 基本合格 / 不合格. A round uses all or some of them. */
public enum Grade {
    EXCELLENT,
    COMPETENT,
    BASIC,
    INCOMPETENT;

    public static final Set<Grade> DEFAULT = Collections.unmodifiableSet(EnumSet.allOf(Grade.class));

    /** The column type of a round's grades. */
    public static class Column extends cn.helituan.domain.common.EnumSetColumn<Grade> {
        public Column() {
            super(Grade.class);
        }
    }
}
