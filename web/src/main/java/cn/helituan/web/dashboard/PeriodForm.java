package cn.helituan.web.dashboard;

import cn.helituan.domain.dashboard.PeriodKind;
import lombok.Getter;
import lombok.Setter;

/**
 * The dashboard page's period form as typed ({@code ?period=QUARTER&year=2025&quarter=4}): what cannot be read stays
 * a field error on it ({@code typeMismatch.periodForm.*}), the rest is {@link PeriodParams}.
 */
@Getter
@Setter
public class PeriodForm {

    private PeriodKind period;
    private Integer year;
    private Integer quarter;
    private String month;
    private String from;
    private String to;

    PeriodParams params() {
        return new PeriodParams(period, year, quarter, month, from, to);
    }
}
