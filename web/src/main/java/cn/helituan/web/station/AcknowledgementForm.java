package cn.helituan.web.station;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An approver's acknowledgement of a major-matter report, with its note. */
@Getter
@Setter
public class AcknowledgementForm {

    @Size(max = 1000)
    private String note;
    private long version;
}
