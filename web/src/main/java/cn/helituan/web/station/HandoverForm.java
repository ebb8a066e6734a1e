package cn.helituan.web.station;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The handover's text (the village's situation) and the version it was read at; a sign-off posts the version only. */
@Getter
@Setter
public class HandoverForm {

    @Size(max = 4000)
    private String situation;
    private long version;
}
