package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.MeasureService;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A measure against a cadre: the kind, the finding or basis behind it, the decision's day and document number. */
@Getter
@Setter
public class MeasureForm {

    private Long memberId;
    private Long kind;
    private Long findingId;
    @Size(max = 500)
    private String basis;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    @Size(max = 100)
    private String documentNo;
    @Size(max = 1000)
    private String note;

    MeasureService.Command command() {
        return new MeasureService.Command(memberId, kind, findingId, basis, decidedOn, documentNo, note);
    }
}
