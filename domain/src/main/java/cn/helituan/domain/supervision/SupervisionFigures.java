package cn.helituan.domain.supervision;

import java.time.LocalDate;
import java.time.YearMonth;

/** The month's supervision figures under a path ("" for everything), counted in SQL. */
public interface SupervisionFigures {

    SupervisionMonth month(String prefix, YearMonth month, LocalDate today);
}
