package cn.helituan.web.supervision;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step of a finding's rectification: the answer (the correction), the verdict (accepted or returned with a
 * reason), reopening (a reason, a new deadline); the version the user saw.
 */
@Getter
@Setter
public class StepForm {

    @Size(max = 2000)
    private String answer;
    private boolean accepted;
    @Size(max = 1000)
    private String reason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    private long version;
}
