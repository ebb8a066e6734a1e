package cn.helituan.web.station;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An approver's decision on a request (approve or refuse, with a note; a refusal needs one). */
@Getter
@Setter
public class DecisionForm {

    private boolean approve;
    @Size(max = 1000)
    private String note;
    private long version;
}
