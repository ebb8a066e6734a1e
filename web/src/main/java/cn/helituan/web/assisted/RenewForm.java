package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistanceFocus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Renewing a term: the new end, focus and agreement (the new term starts the day after the old one ends). */
public class RenewForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotNull
    private AssistanceFocus focus;
    @Size(max = 4000)
    private String agreement;
    private long version;

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public AssistanceFocus getFocus() {
        return focus;
    }

    public void setFocus(AssistanceFocus focus) {
        this.focus = focus;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
