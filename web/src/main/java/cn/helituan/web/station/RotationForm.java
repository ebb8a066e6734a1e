package cn.helituan.web.station;

import cn.helituan.domain.station.RotationService;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A rotation: the outgoing cadre's last day, the incoming cadre's mobile, the village's situation at the handover. */
@Getter
@Setter
public class RotationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @Size(max = 20)
    private String mobile;
    @Size(max = 4000)
    private String situation;
    private long version;

    RotationService.Rotate rotate() {
        return new RotationService.Rotate(version, endsOn, mobile, situation);
    }
}
