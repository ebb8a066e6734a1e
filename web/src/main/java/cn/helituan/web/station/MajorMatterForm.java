package cn.helituan.web.station;

import cn.helituan.domain.station.MajorMatterKind;
import cn.helituan.domain.station.MajorMatterService;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A cadre's major-matter report: its type, when (the phone's date-and-time input), what happened, what was done. */
@Getter
@Setter
public class MajorMatterForm {

    private MajorMatterKind kind;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime happenedAt;
    @Size(max = 2000)
    private String what;
    @Size(max = 2000)
    private String done;

    MajorMatterService.Report report() {
        return new MajorMatterService.Report(kind, happenedAt, what, done);
    }
}
