package cn.helituan.web.station;

import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceService;
import cn.helituan.domain.station.AwayReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A cadre's request for days away on duty or leave. */
@Getter
@Setter
public class AbsenceForm {

    @NotNull
    private AbsenceKind kind = AbsenceKind.LEAVE;
    private AwayReason awayReason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @Size(max = 1000)
    private String reason;

    AbsenceService.Ask ask() {
        return new AbsenceService.Ask(kind, awayReason, startsOn, endsOn, reason);
    }
}
