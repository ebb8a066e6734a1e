package cn.helituan.web.notification;

import java.time.YearMonth;
import lombok.Getter;
import lombok.Setter;

/** The month to generate a notification for, as the list's form types it ({@code 2026-03}). */
@Getter
@Setter
public class GenerateForm {

    private YearMonth month;

    GenerateForm() {
    }

    GenerateForm(YearMonth month) {
        this.month = month;
    }
}
