package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistanceFocus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Renewing a term: the new end, focus and agreement (the new term starts the day after the old one ends). */
@Getter
@Setter
public class RenewForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotNull
    private AssistanceFocus focus;
    @Size(max = 4000)
    private String agreement;
    private long version;
}
