package cn.helituan.web.dashboard;

import cn.helituan.domain.dashboard.PeriodKind;

/**
 * The dashboard page's period form as typed ({@code ?period=QUARTER&year=2025&quarter=4}): what cannot be read stays
 * a field error on it ({@code typeMismatch.periodForm.*}), the rest is {@link PeriodParams}.
 */
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

    public PeriodKind getPeriod() {
        return period;
    }

    public void setPeriod(PeriodKind period) {
        this.period = period;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
