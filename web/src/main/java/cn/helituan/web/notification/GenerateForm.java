package cn.helituan.web.notification;

import java.time.YearMonth;

/** The month to generate a notification for, as the list's form types it ({@code 2026-03}). */
public class GenerateForm {

    private YearMonth month;

    GenerateForm() {
    }

    GenerateForm(YearMonth month) {
        this.month = month;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }
}
