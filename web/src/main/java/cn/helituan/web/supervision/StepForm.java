package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.Severity;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step of a finding's rectification: the answer (the correction), the verdict (accepted or returned with a
 * reason), reopening (a reason, a new deadline), the inspector's correction of an open finding (what, severity,
 * deadline); the version the user saw.
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
    @Size(max = 2000)
    private String what;
    private Severity severity;
    private long version;
}
